-- Daily digest: the articles dated on or after a day, and what was said in them.
--
-- Meant for cron, with the day before as `since`:
--   lede run --corpus /data/feeds -o digest.md digest.lua --param since=$(date -d yesterday +%F)
-- Articles come oldest first; each lists its claims, direct quotes first. Articles lede
-- could not date are counted at the end, so nothing is silently missing.
--
-- @param since date required  The first day to include (YYYY-MM-DD).
-- @param until date           The last day to include.
-- @param claims integer = 10  At most this many claims per article.

local included = timeline(articles):where(function(a)
  return a.date and a.date >= params.since and (not params["until"] or a.date <= params["until"])
end)
local undated = articles:where{date = false}

local total = 0
for _, a in ipairs(included) do total = total + #a.claims end

local span = params["until"] and (params.since .. " to " .. params["until"]) or ("since " .. params.since)
print("# Digest " .. span)
print()
print(string.format("%d article%s, %d claim%s.", #included, #included == 1 and "" or "s", total, total == 1 and "" or "s"))
for _, article in ipairs(included) do
  print()
  print(string.format("## %s", article.title))
  print()
  local source = {article.date}
  if article.outlet then source[#source + 1] = article.outlet end
  if article.author then source[#source + 1] = article.author end
  source[#source + 1] = article.id
  print(table.concat(source, " · "))
  local ordered = article.claims:sort_by(function(c) return c.kind == "direct" and 0 or 1 end)
  if #ordered > 0 then print() end
  for i, claim in ipairs(ordered:first(params.claims)) do
    local words = claim.kind == "direct" and "“" .. claim.content .. "”" or claim.content
    print(string.format("- **%s**: %s", claim.speaker and claim.speaker.name or "Unattributed", words))
  end
  if #ordered > params.claims then
    print(string.format("- …and %d more claims", #ordered - params.claims))
  end
end
if #undated > 0 then
  print()
  print(string.format("%d undated article%s not included: %s.", #undated, #undated == 1 and "" or "s",
    table.concat(undated:pluck("id"), ", ")))
end
