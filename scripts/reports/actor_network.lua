-- Actor network: which actors are named in the same sentences, and how often.
--
-- Two actors are linked when one sentence mentions both, by name or by a role lede
-- resolved ("the Israeli PM"); the weight is the number of such sentences, and the
-- articles they are in. Prints a table; with --param format=svg a picture of the network
-- that any browser opens (the actors on a circle, a line per pair as thick as its count);
-- with --param format=dot a Graphviz graph, for Graphviz's own layouts
-- (lede run actor_network.lua --param format=dot | dot -Tsvg > network.svg).
--
-- @param format string = table  table, markdown, svg or dot.
-- @param min    integer = 1     Leave out pairs that share fewer sentences than this.
-- @param type   string          Only actors of this type: person, organization, country, group, media.

local formats = {table = true, markdown = true, svg = true, dot = true}
if not formats[params.format] then
  error("format must be table, markdown, svg or dot, not '" .. params.format .. "'")
end

-- The actors named in each sentence, keyed by article and sentence text: an article
-- without a headline takes its first sentence as title, and that is one sentence, not two.
local function sentence_text(m)
  if m.paragraph == 0 then return m.article.title end
  return m.article.sentences[m.sentence].text
end

local by_sentence, order = {}, {}
for _, a in ipairs(actors) do
  if not params.type or a.type == params.type then
    for _, m in ipairs(a.mentions) do
      local key = m.article.id .. "\0" .. sentence_text(m)
      local names = by_sentence[key]
      if not names then
        names = {article = m.article.id, ids = {}, seen = {}}
        by_sentence[key] = names
        order[#order + 1] = key
      end
      if not names.seen[a.id] then
        names.seen[a.id] = true
        names.ids[#names.ids + 1] = a
      end
    end
  end
end

local pairs_by_key, rows = {}, list()
for _, key in ipairs(order) do
  local sentence = by_sentence[key]
  local named = list(sentence.ids):sort_by("id")
  for i = 1, #named do
    for j = i + 1, #named do
      local a, b = named[i], named[j]
      local pair_key = a.id .. " " .. b.id
      local row = pairs_by_key[pair_key]
      if not row then
        row = {a = a.name, b = b.name, a_id = a.id, b_id = b.id, sentences = 0, articles = 0, seen = {}}
        pairs_by_key[pair_key] = row
        rows[#rows + 1] = row
      end
      row.sentences = row.sentences + 1
      if not row.seen[sentence.article] then
        row.seen[sentence.article] = true
        row.articles = row.articles + 1
      end
    end
  end
end

rows = rows:where(function(r) return r.sentences >= params.min end)
  :sort_by(function(r) return r.a_id .. " " .. r.b_id end)
  :sort_by("sentences", "desc")

if params.format == "dot" then
  local function quoted(text) return '"' .. text:gsub('[\\"]', "\\%0") .. '"' end
  print("graph actors {")
  print("  node [shape=box];")
  for _, r in ipairs(rows) do
    print(string.format("  %s -- %s [weight=%d, penwidth=%d, label=%d];",
      quoted(r.a), quoted(r.b), r.sentences, math.min(r.sentences, 8), r.sentences))
  end
  print("}")
elseif params.format == "svg" then
  -- The actors of the pairs shown, in order of how many sentences link them, on a circle.
  local weight, nodes = {}, {}
  for _, r in ipairs(rows) do
    for _, side in ipairs({{r.a_id, r.a}, {r.b_id, r.b}}) do
      if not weight[side[1]] then
        weight[side[1]] = 0
        nodes[#nodes + 1] = {id = side[1], name = side[2]}
      end
      weight[side[1]] = weight[side[1]] + r.sentences
    end
  end
  nodes = list(nodes):sort_by("id"):sort_by(function(n) return weight[n.id] end, "desc")
  local size, radius = 800, 300
  local place = {}
  for i, n in ipairs(nodes) do
    local angle = 2 * math.pi * (i - 1) / math.max(#nodes, 1) - math.pi / 2
    place[n.id] = {x = size / 2 + radius * math.cos(angle), y = size / 2 + radius * math.sin(angle)}
  end
  local function escaped(text) return (text:gsub("&", "&amp;"):gsub("<", "&lt;"):gsub(">", "&gt;"):gsub('"', "&quot;")) end
  print(string.format('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">',
    size, size, size, size))
  print("<title>Actor network: actors named in the same sentences</title>")
  for _, r in ipairs(rows) do
    local a, b = place[r.a_id], place[r.b_id]
    print(string.format('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#4a6fa5" stroke-opacity="0.6" stroke-width="%d"><title>%s – %s: %d sentences in %d articles</title></line>',
      a.x, a.y, b.x, b.y, math.min(r.sentences, 8), escaped(r.a), escaped(r.b), r.sentences, r.articles))
  end
  for _, n in ipairs(nodes) do
    local p = place[n.id]
    print(string.format('<circle cx="%.1f" cy="%.1f" r="5" fill="#1f3b63"/>', p.x, p.y))
    local anchor = p.x < size / 2 - 1 and "end" or (p.x > size / 2 + 1 and "start" or "middle")
    local dx = anchor == "end" and -8 or (anchor == "start" and 8 or 0)
    print(string.format('<text x="%.1f" y="%.1f" text-anchor="%s">%s</text>', p.x + dx, p.y + 4, anchor, escaped(n.name)))
  end
  print("</svg>")
elseif params.format == "markdown" then
  io.write(markdown(rows, {"a", "b", "sentences", "articles"}))
else
  show(rows, {"a", "b", "sentences", "articles", rows = #rows})
end
