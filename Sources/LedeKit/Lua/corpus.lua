-- The corpus as records: `articles`, `actors`, `claims`, `quantities`, linked to each
-- other, plus `actor()`, `article()` and `quotes()`.
--
-- A record is made the first time a script reaches it (`claims[5]`, a loop, a link), from
-- the eager fields Swift gives for it (`lede.fields(kind, position)`), and is the same
-- record on every read after. Links come as positions in the corpus lists (`__speaker`)
-- and are resolved when read; everything else is fetched with `lede.load(kind, position,
-- field)` the first time a script reads it. Which field is which, and its shape, comes
-- from the field declarations (Schema in Swift) through `lede.reference.kinds`.
local lede = ...
local record, freeze, define_kind, list, kind = lede.record, lede.freeze, lede.define_kind, lede.list, lede.kind
local load = lede.load
local format, type, ipairs, pairs, rawequal, error = string.format, type, ipairs, pairs, rawequal, error
local math_type = math.type
local table_remove, table_sort = table.remove, table.sort
local str_find, str_gsub, str_sub, str_lower = string.find, string.gsub, string.sub, string.lower

local reference_kinds = {}
for _, k in ipairs(lede.reference.kinds) do reference_kinds[k.name] = k end

local counts, fields_of, find_id = lede.counts, lede.fields, lede.find_id
-- Each corpus list's records by the list's name, filled below once the kinds exist: the
-- loaders only run later, on a script's reads.
local records_of = {}
local article_records, actor_records, claim_records

--- Records owned by a record (an article's sentences), from the plain tables Swift gives:
--- the field that points back is the owner, other links are resolved to their records.
local function owned_records(items, item_kind)
  local links = {}
  for _, field in ipairs(reference_kinds[item_kind].fields) do
    if field.shape == "link" then links[field.name] = field.target end
  end
  for i, item in ipairs(items) do
    for name, target in pairs(links) do
      local position = item[name]
      if math_type(position) == "integer" then item[name] = records_of[target][position] end
    end
    items[i] = record(item_kind, item)
  end
  return items
end

--- The loader of a field that is not part of a record when it is made: an eager link
--- (given as a position under `__<field>`), or anything fetched on demand, shaped as the
--- reference declares it.
local function loader(kind_name, plural, field)
  local name, target = field.name, field.target
  local label_format = plural .. "[%q]." .. name
  if field.shape == "link" and not field.on_demand then
    local position_key = "__" .. name
    return function(raw)
      local position = raw[position_key]
      return position and records_of[target][position]
    end
  elseif field.shape == "link" then
    return function(raw)
      local position = load(kind_name, raw.__i, name)
      return position and records_of[target][position]
    end
  elseif field.shape == "links" then
    return function(raw)
      local positions, targets = load(kind_name, raw.__i, name), records_of[target]
      local items = {}
      for i, position in ipairs(positions) do items[i] = targets[position] end
      return freeze(items, format(label_format, raw.id))
    end
  elseif field.shape == "records" then
    local item_kind, owner_field = field.item_kind, field.owner
    return function(raw)
      local items = load(kind_name, raw.__i, name)
      if owner_field then
        for _, item in ipairs(items) do item[owner_field] = raw.__self end
      end
      return freeze(owned_records(items, item_kind), format(label_format, raw.id))
    end
  elseif field.shape == "texts" then
    return function(raw) return freeze(load(kind_name, raw.__i, name), format(label_format, raw.id)) end
  elseif field.on_demand then
    return function(raw) return load(kind_name, raw.__i, name) end
  end
end

--- Registers a kind with the fields the reference declares for it and their loaders.
local function kind_spec(name, spec)
  local k = reference_kinds[name]
  local names, values, exported, loaders = {}, {}, {}, {}
  for i, field in ipairs(k.fields) do
    names[i] = field.name
    values[field.name] = field.values
    if field.exported then exported[#exported + 1] = field.name end
    -- Owned records (sentences, mentions) come whole, their links already resolved.
    if counts[k.plural] then loaders[field.name] = loader(name, k.plural, field) end
  end
  spec.fields, spec.values, spec.exported, spec.plural, spec.loaders = names, values, exported, k.plural, loaders
  define_kind(name, spec)
end

kind_spec("article", {
  tostring = function(a) return "<article " .. a.id .. ">" end,
  label = function(a) return a.id end,
  names = function(a) return {a.id, a.title} end,
})

kind_spec("actor", {
  tostring = function(a) return "<actor " .. a.id .. ">" end,
  label = function(a) return a.name end,
  names = function(a)
    local names = {a.id, a.name}
    for _, alias in ipairs(a.aliases) do names[#names + 1] = alias end
    return names
  end,
})

kind_spec("claim", {
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

--- The columns of one kind (see `freeze_lazy`), each fetched from Swift once and kept:
--- a function from a position to the field's value, a link resolved to its record.
local function columns_of(name)
  local cache = {}
  return function(key)
    local column = cache[key]
    if column == nil then
      local values, target = lede.column(name, key)
      if values == nil then
        column = false
      elseif target then
        local targets = records_of[target]
        column = function(i)
          local position = values[i]
          if position then return targets[position] end
        end
      else
        column = function(i)
          local value = values[i]
          if value ~= false then return value end
        end
      end
      cache[key] = column
    end
    return column or nil
  end
end

--- The grouping of one kind's whole list (or of the positions `subset` lists) by a field,
--- done in Swift: the keys, each key's items (indexes into the list grouped) or count,
--- and the records a link key points into.
local function groups_of(name)
  return function(key, members, subset)
    local keys, second, target = lede.group(name, key, members, subset)
    if keys == nil then return nil end
    return keys, second, target and records_of[target]
  end
end

--- The order of one kind's whole list (or of the positions `subset` lists) by a plain
--- field, done in Swift: indexes into the list sorted.
local function sorts_of(name)
  return function(key, descending, subset) return lede.sort(name, key, descending, subset) end
end

--- The corpus list of one kind: records made on first read, found by id too. Returns
--- the records, the read-only list, how many were made, and the lookup by id.
local function corpus_list(name, label, by_id)
  local items
  local function make(i)
    local raw = fields_of(name, i)
    local r = record(name, raw)
    raw.__self = r
    return r
  end
  local function find(key)
    local position = find_id(name, key)
    return position and items[position]
  end
  local count
  items, count = lede.lazy_items(counts[label], make, by_id and find)
  records_of[label] = items
  return items, lede.freeze_lazy(items, counts[label], label, name,
    {column = columns_of(name), group = groups_of(name), sort = sorts_of(name)}), count, find
end

local made_counts, article_by_id = {}, nil
article_records, articles, made_counts.article, article_by_id = corpus_list("article", "articles", true)
actor_records, actors, made_counts.actor = corpus_list("actor", "actors", true)
claim_records, claims, made_counts.claim = corpus_list("claim", "claims", true)
local _
_, quantities, made_counts.quantity = corpus_list("quantity", "quantities", false)

--- How many records of each kind scripts have reached so far (tests and benchmarks).
function lede.records_made()
  return made_counts.article() + made_counts.actor() + made_counts.claim() + made_counts.quantity()
end
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
  local by_id = type(key) == "string" and article_by_id(key)
  if by_id then return by_id end
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
