-- The corpus as records: `articles`, `actors`, `claims`, `quantities`, linked to each
-- other, plus `actor()`, `article()` and `quotes()`.
--
-- Swift hands over each record's small fields, with links as positions in the corpus
-- lists (`lede.articles[i].speaker == 3`); they are resolved here. Everything else is
-- fetched with `lede.load(kind, position, field)` the first time a script reads it.
local lede = ...
local record, freeze, define_kind, list, kind = lede.record, lede.freeze, lede.define_kind, lede.list, lede.kind
local load = lede.load
local format, type, ipairs, rawequal, error = string.format, type, ipairs, rawequal, error
local table_remove, table_sort = table.remove, table.sort
local str_find, str_gsub, str_sub, str_lower = string.find, string.gsub, string.sub, string.lower

local reference_fields = {}
for _, k in ipairs(lede.reference.kinds) do
  local names, values = {}, {}
  for i, field in ipairs(k.fields) do
    names[i] = field.name
    values[field.name] = field.values
  end
  reference_fields[k.name] = {fields = names, plural = k.plural, values = values}
end

local raw_articles, raw_actors, raw_claims, raw_quantities = lede.articles, lede.actors, lede.claims, lede.quantities
local article_records, actor_records, claim_records, quantity_records = {}, {}, {}, {}

--- A loader for a field that Swift gives as positions in one of the corpus lists.
local function links(source_kind, field, targets, label_format)
  return function(raw)
    local positions = load(source_kind, raw.__i, field)
    local items = {}
    for i, position in ipairs(positions) do items[i] = targets[position] end
    return freeze(items, format(label_format, raw.id))
  end
end

--- A loader for a field that Swift gives as plain tables, each made a record of `item_kind`
--- (`owner_field` pointing back at the record that has them).
local function owned(source_kind, field, item_kind, owner_field, label_format)
  return function(raw)
    local owner = raw.__self
    local items = load(source_kind, raw.__i, field)
    for i, item in ipairs(items) do
      if owner_field then item[owner_field] = owner end
      if item.article then item.article = article_records[item.article] or item.article end
      items[i] = record(item_kind, item)
    end
    return freeze(items, format(label_format, raw.id))
  end
end

local function strings(source_kind, field, label_format)
  return function(raw)
    return freeze(load(source_kind, raw.__i, field), format(label_format, raw.id))
  end
end

local function kind_spec(name, spec)
  spec.fields = reference_fields[name].fields
  spec.plural = reference_fields[name].plural
  spec.values = reference_fields[name].values
  define_kind(name, spec)
end

kind_spec("article", {
  loaders = {
    text = function(raw) return load("article", raw.__i, "text") end,
    paragraphs = strings("article", "paragraphs", "articles[%q].paragraphs"),
    paragraph_spans = owned("article", "paragraph_spans", "span", nil, "articles[%q].paragraph_spans"),
    sentences = owned("article", "sentences", "sentence", "article", "articles[%q].sentences"),
    dropped = owned("article", "dropped", "dropped", "article", "articles[%q].dropped"),
    actors = links("article", "actors", actor_records, "articles[%q].actors"),
    claims = links("article", "claims", claim_records, "articles[%q].claims"),
    quantities = links("article", "quantities", quantity_records, "articles[%q].quantities"),
  },
  tostring = function(a) return "<article " .. a.id .. ">" end,
  label = function(a) return a.id end,
  names = function(a) return {a.id, a.title} end,
})

kind_spec("actor", {
  loaders = {
    aliases = strings("actor", "aliases", "actors[%q].aliases"),
    mentions = owned("actor", "mentions", "mention", "actor", "actors[%q].mentions"),
    articles = links("actor", "articles", article_records, "actors[%q].articles"),
    claims = links("actor", "claims", claim_records, "actors[%q].claims"),
  },
  tostring = function(a) return "<actor " .. a.id .. ">" end,
  label = function(a) return a.name end,
  names = function(a)
    local names = {a.id, a.name}
    for _, alias in ipairs(a.aliases) do names[#names + 1] = alias end
    return names
  end,
})

kind_spec("claim", {
  loaders = {
    addressee = function(raw)
      local position = load("claim", raw.__i, "addressee")
      return position and actor_records[position]
    end,
    sentence_text = function(raw) return load("claim", raw.__i, "sentence_text") end,
    via = links("claim", "via", actor_records, "claims[%q].via"),
    quantities = links("claim", "quantities", quantity_records, "claims[%q].quantities"),
    corroborated_by = links("claim", "corroborated_by", claim_records, "claims[%q].corroborated_by"),
  },
  tostring = function(c) return "<claim " .. c.id .. ">" end,
  label = function(c) return c.id end,
  names = function(c) return {c.id} end,
})

kind_spec("quantity", {
  tostring = function(q) return "<quantity " .. q.id .. ": " .. q.text .. ">" end,
  label = function(q) return q.text end,
  names = function(q) return {q.text} end,
})

kind_spec("mention", {
  tostring = function(m) return format("<mention %q of %s>", m.text, m.actor.id) end,
  label = function(m) return m.text end,
  names = function(m) return {m.text} end,
})

kind_spec("sentence", {
  tostring = function(s) return format("<sentence %d of %s>", s.n, s.article.id) end,
  label = function(s) return s.text end,
})

kind_spec("dropped", {
  tostring = function(d) return format("<dropped line %d of %s>", d.line, d.article.id) end,
  label = function(d) return d.text end,
})

kind_spec("span", {
  tostring = function(s) return format("<span %d-%d>", s.start, s["end"]) end,
  label = function(s) return format("%d-%d", s.start, s["end"]) end,
})

-- Build every record first, then resolve the links between them.
local function build(raws, name, records, by_id)
  for i, raw in ipairs(raws) do
    local r = record(name, raw)
    raw.__self = r
    records[i] = r
    if by_id and raw.id ~= nil and by_id[raw.id] == nil then by_id[raw.id] = r end
  end
end

local article_by_id, actor_by_id, claim_by_id = {}, {}, {}
build(raw_articles, "article", article_records, article_by_id)
build(raw_actors, "actor", actor_records, actor_by_id)
build(raw_claims, "claim", claim_records, claim_by_id)
build(raw_quantities, "quantity", quantity_records)

for _, raw in ipairs(raw_actors) do
  if raw.affiliation then raw.affiliation = actor_records[raw.affiliation] end
end
for _, raw in ipairs(raw_claims) do
  raw.article = article_records[raw.article]
  if raw.speaker then raw.speaker = actor_records[raw.speaker] end
end
for _, raw in ipairs(raw_quantities) do
  raw.article = article_records[raw.article]
  if raw.claim then raw.claim = claim_records[raw.claim] end
end

lede.articles, lede.actors, lede.claims, lede.quantities = nil, nil, nil, nil

articles = freeze(article_records, "articles", function(key) return article_by_id[key] end)
actors = freeze(actor_records, "actors", function(key) return actor_by_id[key] end)
claims = freeze(claim_records, "claims", function(key) return claim_by_id[key] end)
quantities = freeze(quantity_records, "quantities")
lede.article_records, lede.actor_records = article_records, actor_records

--- actor(name): the actor with this id, name or alias, ignoring case; nil if none.
function actor(name)
  if kind(name) == "actor" then return name end
  if type(name) ~= "string" then lede.bad_argument("actor", 1, "string", name) end
  local position = lede.find_actor(name)
  return position and actor_records[position]
end

--- article(key): by id, unique id prefix, position, or title pattern.
function article(key)
  if kind(key) == "article" then return key end
  if type(key) == "number" then
    local position = math.tointeger(key)
    return position and article_records[position]
  end
  if type(key) ~= "string" then lede.bad_argument("article", 1, "string or number", key) end
  if key == "" then return nil end
  if article_by_id[key] then return article_by_id[key] end
  local found
  for _, a in ipairs(article_records) do
    if str_sub(a.id, 1, #key) == key then
      if found then found = nil; break end
      found = a
    end
  end
  if found then return found end
  local ok, result = pcall(function()
    for _, a in ipairs(article_records) do
      if str_find(a.title, key) then return a end
    end
  end)
  if not ok then error("article: bad pattern: " .. str_gsub(tostring(result), "^.-:%d+: ", ""), 2) end
  return result
end

local Quote = lede.row_kind("quote")

--- quotes(): claims grouped with those that corroborate them.
function quotes()
  local group_of, groups = {}, {}
  for _, claim in ipairs(claim_records) do
    if not group_of[claim] then
      local members, pending = {}, {claim}
      local group = {content = claim.content}
      groups[#groups + 1] = group
      while #pending > 0 do
        local next_claim = table_remove(pending)
        if not group_of[next_claim] then
          group_of[next_claim] = group
          members[#members + 1] = next_claim
          for _, other in ipairs(next_claim.corroborated_by) do pending[#pending + 1] = other end
        end
      end
      table_sort(members, function(a, b) return a.__i < b.__i end)
      -- Outlets, not articles: a wire story in ten papers of one group is one source. An
      -- article with no outlet is counted apart, since it may be any of them.
      local outlets, unknown, seen = 0, 0, {}
      for _, member in ipairs(members) do
        local outlet = member.article.outlet
        local key = outlet and "outlet " .. str_lower(outlet) or "article " .. member.article.id
        if not seen[key] then
          seen[key] = true
          if outlet then outlets = outlets + 1 else unknown = unknown + 1 end
        end
      end
      group.claims, group.n, group.outlets, group.unknown = list(members), #members, outlets, unknown
    end
  end
  local sizes = {}
  for i, group in ipairs(groups) do
    setmetatable(group, Quote)
    sizes[i] = group.outlets + group.unknown
  end
  return lede.stable_sort(groups, sizes, true)
end
