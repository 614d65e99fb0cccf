-- Timeline: the articles in date order, each with the claims it reports.
--
-- Articles are grouped by date, oldest first; articles lede could not date come last,
-- under "Undated". With `actor`, only the claims by that actor are listed, and only
-- articles with such claims. `from` and `to` bound the dates (undated articles are then
-- left out).
--
-- @param actor string  Only claims by this actor (id, name or alias).
-- @param from  date    The first day to include.
-- @param to    date    The last day to include.

local who
if params.actor then
  who = actor(params.actor)
  if not who then error("no actor called '" .. params.actor .. "' in this corpus") end
end

local bounded = params.from or params.to
local entries = list()
for _, article in ipairs(timeline(articles)) do
  local date = article.date
  local inside = date and (not params.from or date >= params.from) and (not params.to or date <= params.to)
  if inside or (not date and not bounded) then
    local said = who and article.claims:where{speaker = who} or article.claims
    if not who or #said > 0 then entries[#entries + 1] = {article = article, claims = said} end
  end
end

print("# Timeline" .. (who and (" of " .. who.name) or ""))
local current = false
for _, entry in ipairs(entries) do
  local article = entry.article
  local date = article.date or "Undated"
  if date ~= current then
    print()
    print("## " .. date)
    current = date
  end
  print()
  print(string.format("- **%s** (%s%s)", article.title, article.id, article.outlet and ", " .. article.outlet or ""))
  for _, claim in ipairs(entry.claims) do
    print(string.format("  - %s %s: %s", claim.speaker and claim.speaker.name or "Unattributed", claim.cue, claim.content))
  end
end
if #entries == 0 then
  print()
  print("No articles.")
end
