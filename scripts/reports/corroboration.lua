-- Corroboration: statements that several outlets carried in the same or nearly the same words.
--
-- Groups the claims whose words match across articles (see quotes() in the README) and
-- keeps those reported by at least `min` outlets, most widely carried first. Each
-- report of a statement is cited: speaker, article, date and outlet. An article with no
-- outlet named counts as its own outlet.
--
-- @param min integer = 2  Keep statements carried by at least this many outlets.

local carried = quotes():where(function(q) return q.outlets >= params.min end)

print("# Corroboration")
print()
print(string.format("%d statement%s carried by at least %d outlets.", #carried, #carried == 1 and "" or "s", params.min))
for i, quote in ipairs(carried) do
  print()
  print(string.format("## %d. “%s”", i, quote.content))
  print()
  print(string.format("Carried by %d outlets in %d reports:", quote.outlets, quote.n))
  print()
  for _, claim in ipairs(quote.claims) do
    local article = claim.article
    print(string.format("- %s, %s (%s; %s; %s, paragraph %d)",
      claim.speaker and claim.speaker.name or "unattributed", claim.cue,
      article.outlet or "outlet not named", article.date or "undated", article.id, claim.paragraph))
  end
end
