-- Sentences that look attributed but gave no claim: a reporting word or a quote mark, and
-- no claim whose content starts in the sentence or covers its middle. Read the list to find
-- the attribution patterns lede misses on a corpus nobody annotated.
--
--   lede run --no-cache --corpus CORPUS scripts/audit-claims.lua [ARTICLE-ID ...]
--
-- Article ids given as arguments are left out (keep held-out gold articles out of sight).
-- Use --no-cache while changing rules: the cache keeps the claims of the last extraction
-- version. The count of sentences listed and looked at goes to standard error.
local skip = {}
for i = 1, #arg do skip[arg[i]] = true end

local cues = {"said", "says", "told", "according to", "announced", "stated", "claimed", "reported", "added",
  "explained", "wrote", "tweeted", "warned", "argued", "noted", "confirmed", "asked", "described", "called",
  "alleged", "urged", "denied", "insisted", "believes", "believed", "suggested", "estimated", "predicted",
  "stressed", "statement"}

local function looks_attributed(text)
  if text:find("“", 1, true) or text:find('"', 1, true) then return true end
  local lower = text:lower()
  for _, word in ipairs(cues) do
    if lower:find("%f[%a]" .. word .. "%f[%A]") then return true end
  end
  return false
end

local function covered(article, sentence)
  local text = sentence.text
  local middle = text:sub(math.floor(#text / 2) - 8, math.floor(#text / 2) + 8)
  for _, c in ipairs(article.claims) do
    if c.paragraph == sentence.paragraph then
      if c.sentence == sentence.n or text:find(c.content:sub(1, 30), 1, true) or c.content:find(middle, 1, true) then
        return true
      end
    end
  end
  return false
end

local listed, looked = 0, 0
for _, a in ipairs(articles) do
  if not skip[a.id] then
    for _, s in ipairs(a.sentences) do
      if looks_attributed(s.text) then
        looked = looked + 1
        if not covered(a, s) then
          listed = listed + 1
          print(a.id .. " " .. s.paragraph .. ":" .. s.n .. " | " .. s.text)
        end
      end
    end
  end
end
io.stderr:write(listed .. " of " .. looked .. " sentences that look attributed gave no claim\n")
