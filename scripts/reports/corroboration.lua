-- Corroboration: statements that several outlets carried in the same or nearly the same words.
--
-- Groups the claims whose words match across articles (see quotes() in the README) and
-- keeps those reported by at least `min` named outlets, most widely carried first. Each
-- report of a statement is cited: speaker, article, date and outlet. An article with no
-- outlet named may be any outlet: it is shown, but not counted as one.
--
-- @param min integer = 2  Keep statements carried by at least this many outlets.

local all = quotes()
local carried = all:where(function(q) return q.outlets >= params.min end)
local unnamed = all:where(function(q) return q.outlets < params.min and q.outlets + q.unknown >= params.min end)

print("# Corroboration")
print()
print(string.format("%d statement%s carried by at least %d outlets.", #carried, #carried == 1 and "" or "s", params.min))
for i, quote in ipairs(carried) do
  print()
  print(string.format("## %d. “%s”", i, quote.content))
  print()
  local apart = quote.unknown > 0
    and string.format(" and %d report%s whose outlet is not named", quote.unknown, quote.unknown == 1 and "" or "s") or ""
  print(string.format("Carried by %d outlets%s, in %d reports:", quote.outlets, apart, quote.n))
  print()
  for _, claim in ipairs(quote.claims) do
    local article = claim.article
    print(string.format("- %s, %s (%s; %s; %s, paragraph %d)",
      claim.speaker and claim.speaker.name or "unattributed", claim.cue,
      article.outlet or "outlet not named", article.date or "undated", article.id, claim.paragraph))
  end
end
if #unnamed > 0 then
  print()
  print(string.format("%d more statement%s repeated in %d or more reports, but not by %d named outlets (quotes() lists them).",
    #unnamed, #unnamed == 1 and " is" or "s are", params.min, params.min))
end
