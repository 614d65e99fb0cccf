-- Who said what: every claim, grouped by speaker, with a citation for each.
--
-- Speakers come most prolific first; each claim gives its words, how it was reported
-- (the cue: said, told, according to…), and where: article id, date, outlet and
-- paragraph. Claims without a speaker are listed last, under "Unattributed".
--
-- @param speaker string        Only this actor (id, name or alias, as actor() takes them).
-- @param kind    string        Only claims of this kind: direct, indirect or mixed.
-- @param min     integer = 1   Leave out speakers with fewer claims than this.

local selected = claims
if params.speaker then
  local who = actor(params.speaker)
  if not who then error("no actor called '" .. params.speaker .. "' in this corpus") end
  selected = selected:where{speaker = who}
end
if params.kind then selected = selected:where{kind = params.kind} end

local function citation(claim)
  local article = claim.article
  local parts = {article.id}
  if article.date then parts[#parts + 1] = article.date end
  if article.outlet then parts[#parts + 1] = article.outlet end
  parts[#parts + 1] = claim.paragraph == 0 and "headline" or "paragraph " .. claim.paragraph
  return table.concat(parts, ", ")
end

local function heading(speaker)
  if not speaker then return "Unattributed" end
  local details = {speaker.type}
  if speaker.role then details[#details + 1] = speaker.role end
  return string.format("%s (%s)", speaker.name, table.concat(details, ", "))
end

-- Group by the speaker record, not its name: two unnamed "Israeli official"s in
-- different articles are different sources.
local groups = selected:group_by(function(c) return c.speaker and c.speaker.id or "" end)
groups = list(groups):where(function(g) return g.n >= params.min end)
  :sort_by(function(g) return g.key == "" and math.huge or -g.n end)

local speakers = groups:where(function(g) return g.key ~= "" end)
local shown = 0
for _, g in ipairs(groups) do shown = shown + g.n end
print("# Who said what")
print()
print(string.format("%d claim%s by %d speaker%s.", shown, shown == 1 and "" or "s", #speakers, #speakers == 1 and "" or "s"))
for _, group in ipairs(groups) do
  print()
  print(string.format("## %s: %d claim%s", heading(group.items[1].speaker), group.n, group.n == 1 and "" or "s"))
  print()
  for _, claim in ipairs(group.items) do
    local words = claim.kind == "direct" and "“" .. claim.content .. "”" or claim.content
    print(string.format("- %s (%s; %s)", words, claim.cue, citation(claim)))
  end
end
