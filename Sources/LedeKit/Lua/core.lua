-- Lists and records: the shapes every other part of lede's Lua library works with.
--
-- A list is a table with the list methods (`where`, `map`…). Lists lede builds from the
-- corpus are read-only: the table a script holds is an empty proxy whose metatable sends
-- reads to the array (`__index` = the array, one table lookup) and every write to
-- `__newindex`, which refuses it. The array is reachable only through the protected
-- metatable. Lists the methods return belong to the script.
--
-- A record (an article, actor, claim…) is a read-only proxy in the same way over a table
-- of its fields. Fields that are large or derived are loaded on first access by the
-- record kind's loader and cached in that table.
local lede = ...

-- Captured here, before a sandbox takes `debug` away: the library must see through the
-- protected metatables (`__metatable`) that keep scripts from reaching the arrays.
local raw_metatable, debug_setmetatable = debug.getmetatable, debug.setmetatable
local rawget, rawset, rawlen, rawequal = rawget, rawset, rawlen, rawequal
local setmetatable, type, error, tostring, ipairs, pairs, next, select =
  setmetatable, type, error, tostring, ipairs, pairs, next, select
local format, find, concat, sort = string.format, string.find, table.concat, table.sort
local str_gmatch, str_gsub, str_lower, str_match, str_sub = string.gmatch, string.gsub, string.lower, string.match, string.sub
local math_type, math_min = math.type, math.min

--- kind(x): "list", a record kind ("claim"), a row kind ("count"), or nil.
local function kind(x)
  if type(x) ~= "table" then return nil end
  local mt = raw_metatable(x)
  return mt and rawget(mt, "__kind")
end

local function is_record(x)
  if type(x) ~= "table" then return false end
  local mt = raw_metatable(x)
  return mt ~= nil and rawget(mt, "__record") == true
end

-- Plural names for messages and `tostring` of lists.
local plurals = {}

local function describe(x)
  return kind(x) or type(x)
end

--- Raises Lua's own "bad argument" message, pointing at the caller of the API function
--- (`level` 3 when called straight from it).
local function bad_argument(fname, n, expected, got, level)
  error(format("bad argument #%d to '%s' (%s expected, got %s)", n, fname, expected, describe(got)), level or 3)
end

--- "bad argument #n to 'f' (problem)" for a value of the right type that will not do.
local function bad_value(fname, n, problem, level)
  error(format("bad argument #%d to '%s' (%s)", n, fname, problem), level or 3)
end

local function fail(fname, message, level)
  error(format("%s: %s", fname, message), (level or 2) + 1)
end

--- Edit distance between two short names (insertions, deletions, substitutions, and two
--- letters swapped, the commonest typo).
local function distance(a, b)
  local la, lb = #a, #b
  local previous, before, current = {}, {}, {}
  for j = 0, lb do previous[j] = j end
  for i = 1, la do
    current = {[0] = i}
    for j = 1, lb do
      local cost = str_sub(a, i, i) == str_sub(b, j, j) and 0 or 1
      local d = math_min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if i > 1 and j > 1 and str_sub(a, i, i) == str_sub(b, j - 1, j - 1) and str_sub(a, i - 1, i - 1) == str_sub(b, j, j) then
        d = math_min(d, before[j - 2] + 1)
      end
      current[j] = d
    end
    before, previous = previous, current
  end
  return previous[lb]
end

--- " (did you mean 'speaker'?)" for a mistyped name among `names`: those within two edits
--- (one for names of three letters or fewer), or that the name begins; "" when none is near.
local function did_you_mean(name, names)
  if type(name) ~= "string" then return "" end
  local lower, near = str_lower(name), {}
  for _, candidate in ipairs(names) do
    local d = distance(lower, str_lower(candidate))
    -- A name the typo begins counts as one edit away ("speak" for "speaker").
    if #lower >= 3 and str_sub(str_lower(candidate), 1, #lower) == lower then d = math_min(d, 1) end
    if d <= (#candidate <= 3 and 1 or 2) then near[#near + 1] = {name = candidate, d = d} end
  end
  if #near == 0 then return "" end
  sort(near, function(x, y) if x.d ~= y.d then return x.d < y.d end return x.name < y.name end)
  -- Only the nearest: 'date' for "dat", not 'path' as well.
  local shown = {}
  for i = 1, math_min(#near, 3) do
    if near[i].d == near[1].d then shown[#shown + 1] = "'" .. near[i].name .. "'" end
  end
  return format(" (did you mean %s?)", concat(shown, " or "))
end

-- Lists --------------------------------------------------------------------------------

local methods = {}
local List = {__kind = "list", __name = "list", __index = methods, __metatable = "list"}

--- The list methods' names, for "did you mean" (made on first use, when all are defined).
local method_names = nil
local function list_method_names()
  if method_names == nil then
    method_names = {}
    for name in pairs(methods) do method_names[#method_names + 1] = name end
    sort(method_names)
  end
  return method_names
end

--- The error for a name that is no list method: raised from an `__index` function, so
--- level 2 is the script's line that named it.
local function no_method(key)
  error(format("list has no method or field '%s'%s", key, did_you_mean(key, list_method_names())), 3)
end

-- A name that is no method is a typo (`claims:count_bye`), not a quiet nil; positions past
-- the end stay nil, as for any table.
setmetatable(methods, {__index = function(_, key)
  if type(key) ~= "string" then return nil end
  no_method(key)
end})

local function new_list(t)
  return setmetatable(t or {}, List)
end

local function list_tostring(list)
  local n = #list
  if n == 0 then return "<empty list>" end
  local first = kind(list[1])
  local noun = first and (plurals[first] or first .. "s") or "items"
  if n == 1 then noun = first or "item" end
  return format("<list of %d %s>", n, noun)
end
List.__tostring = list_tostring

local function deny_list(list, key)
  local label = rawget(raw_metatable(list), "__label")
  local shown = type(key) == "string" and format("%q", key) or tostring(key)
  error(format("cannot set %s[%s]: the corpus is read-only (build your own list, e.g. with :map or :where)",
    label, shown), 2)
end

local function items_of(list)
  return rawget(raw_metatable(list), "__items")
end

local function frozen_len(list)
  return rawlen(items_of(list))
end

--- index_iterator(items): an iterator over items[1], items[2]… up to the first nil, that
--- closes over `items` rather than taking it as the loop's state.
local function index_iterator(items)
  local i = 0
  return function()
    i = i + 1
    local v = rawget(items, i)
    if v ~= nil then return i, v end
  end
end

-- The iterator closes over the array: handing it out as the loop's state would give a
-- script the array itself (`local _, items = pairs(articles)`).
local function frozen_pairs(list)
  return index_iterator(items_of(list)), list, nil
end

--- The answer to a key of a read-only list that is not a position: a method, else
--- `lookup(key)` (an id index); a near miss of a method's name is a typo.
local function list_key(key, lookup)
  if not lookup then return methods[key] end
  local found = rawget(methods, key)
  if found == nil then found = lookup(key) end
  if found == nil and type(key) == "string" and did_you_mean(key, list_method_names()) ~= "" then
    no_method(key)
  end
  return found
end

local FrozenItems = {__index = methods}

--- freeze(items, label, lookup): a read-only list over the array `items`. `lookup(key)`,
--- when given, answers keys that are not positions or methods (an id index).
local function freeze(items, label, lookup)
  local meta = {
    __index = items, __newindex = deny_list, __len = frozen_len, __pairs = frozen_pairs,
    __tostring = list_tostring, __kind = "list", __name = "list", __label = label,
    __metatable = "read-only list", __items = items,
  }
  if lookup then
    setmetatable(items, {__index = function(_, key) return list_key(key, lookup) end})
  else
    setmetatable(items, FrozenItems)
  end
  return setmetatable({}, meta)
end

--- lazy_items(n, make, lookup): an array of `n` items where item i is made by `make(i)`
--- the first time it is read and is the same value on every read after, so that a script
--- that counts the claims or reads one of them does not pay for the rest.
local function lazy_items(n, make, lookup)
  local made = 0
  local items = setmetatable({}, {
    __index = function(t, key)
      local i = math_type(key) == "float" and math.tointeger(key) or key
      if math_type(i) == "integer" then
        if i < 1 or i > n then return nil end
        local item = make(i)
        made = made + 1
        rawset(t, i, item)
        return item
      end
      return list_key(key, lookup)
    end,
    __len = function() return n end,
  })
  return items, function() return made end
end

--- freeze_lazy(items, n, label, item_kind, queries): a read-only list over `lazy_items`
--- of records of `item_kind`. What Swift answers for the whole list, each nil when it
--- cannot: `queries.column(key)`, a function from a position to that plain field's value
--- (so that queries need not make every record); `queries.group(key, members)` (see
--- `swift_groups`); `queries.sort(key, descending)`, the positions in that order.
local function freeze_lazy(items, n, label, item_kind, queries)
  return setmetatable({}, {
    __record_kind = item_kind, __column = queries.column, __group = queries.group, __sort = queries.sort,
    __index = items, __newindex = deny_list, __len = function() return n end,
    __pairs = function(list)
      local i = 0
      return function()
        i = i + 1
        if i <= n then return i, items[i] end
      end, list, nil
    end,
    __tostring = list_tostring, __kind = "list", __name = "list", __label = label,
    __metatable = "read-only list", __items = items,
  })
end

-- Records ------------------------------------------------------------------------------

local kinds = {}   -- kind name -> spec {fields, fieldset, loaders, tostring, label, names}

local function deny_record(record, key)
  error(format("cannot set field '%s' of %s: the corpus is read-only (copy what you need into a table of your own)",
    tostring(key), tostring(record)), 2)
end

--- define_kind(name, spec): registers a record kind. spec.fields is the ordered field list,
--- spec.loaders maps lazy fields to function(raw) returning the value, spec.tostring and
--- spec.label describe a record, spec.names lists the strings a `where` string may equal.
local function define_kind(name, spec)
  spec.name = name
  spec.fieldset = {}
  for _, field in ipairs(spec.fields) do spec.fieldset[field] = true end
  local loaders = spec.loaders or {}
  local fieldset, fields = spec.fieldset, spec.fields
  spec.lazy = {
    __index = function(raw, key)
      local loader = loaders[key]
      if loader == nil then
        -- A field the kind has but this record leaves empty is nil; any other name is a
        -- typo, which would otherwise read as "no value" and mislead every count after it.
        if fieldset[key] or type(key) ~= "string" or str_sub(key, 1, 2) == "__" then return nil end
        error(format("%s has no field '%s'%s", name, key, did_you_mean(key, fields)), 2)
      end
      local value = loader(raw)
      rawset(raw, key, value)
      return value
    end,
  }
  spec.pairs = function(record)
    local i = 0
    return function()
      while true do
        i = i + 1
        local field = fields[i]
        if field == nil then return nil end
        local value = record[field]
        if value ~= nil then return field, value end
      end
    end, record, nil
  end
  spec.protected = "read-only " .. name
  kinds[name] = spec
  plurals[name] = spec.plural
end

--- record(kind, raw): a read-only record over the table of fields `raw`.
local function record(name, raw)
  local spec = kinds[name]
  setmetatable(raw, spec.lazy)
  return setmetatable({}, {
    __index = raw, __newindex = deny_record, __tostring = spec.tostring, __pairs = spec.pairs,
    __kind = name, __name = name, __record = true, __metatable = spec.protected,
  })
end

--- field(x, name): x[name], or nil when x is a record whose kind has no such field: how
--- library code asks a value of any kind for a field without tripping the typo error.
local function field(x, name)
  if type(x) ~= "table" then return nil end
  if is_record(x) and not kinds[kind(x)].fieldset[name] then return nil end
  return x[name]
end

--- The short text a record stands for in a table cell: an actor's name, an article's id…
local function label(x)
  local k = kind(x)
  local spec = k and kinds[k]
  if spec and spec.label then return spec.label(x) end
  return nil
end

-- Keys and conditions ------------------------------------------------------------------

local function split_path(key)
  local parts = {}
  for part in str_gmatch(key, "[^.]+") do parts[#parts + 1] = part end
  return parts
end

--- getter(key): a function item -> value for a field name ("speaker", "speaker.name", or
--- "#claims" for a list field's length), a position, or a function (returned as it is).
local function getter(key, fname, n, level)
  local t = type(key)
  if t == "function" then return key end
  if t == "number" then
    return function(item) if type(item) == "table" then return item[key] end end
  end
  if t ~= "string" then bad_argument(fname, n, "field name or function", key, (level or 3) + 1) end
  local count = false
  if str_sub(key, 1, 1) == "#" then count, key = true, str_sub(key, 2) end
  local parts = split_path(key)
  if #parts == 0 then bad_value(fname, n, "empty field name", (level or 3) + 1) end
  local function value(item)
    for i = 1, #parts do
      if type(item) ~= "table" then return nil end
      item = item[parts[i]]
    end
    return item
  end
  if count then
    return function(item)
      local v = value(item)
      if type(v) == "table" then return #v end
      return nil
    end
  end
  return value
end

--- Refuses a field name that records of this list do not have: a typo would otherwise
--- quietly match nothing.
--- The kind of a list's records: declared by a corpus list, else its first item's.
local function item_kind(list)
  local mt = raw_metatable(list)
  return mt and rawget(mt, "__record_kind") or kind(list[1])
end

--- The function from a position to the plain field `key`, when `list` is a corpus list
--- that keeps it as a column; nil otherwise.
local function column_of(list, key)
  local mt = raw_metatable(list)
  local column = mt and rawget(mt, "__column")
  return column and type(key) == "string" and column(key) or nil
end

--- lazy_list(n, make, column, item_kind): a list of the script's own whose item i is
--- made by `make(i)` the first time it is read. Until the script writes to it, queries on
--- it read `column` (as on a corpus list); the first write makes every item and leaves a
--- plain list, so a result is the script's to change, as every list a method returns.
local function lazy_list(n, make, column, item_kind)
  local meta = {__kind = "list", __name = "list", __metatable = "list", __tostring = list_tostring,
                __column = column, __record_kind = item_kind}
  -- Made items are kept apart, not in the list itself: every write then reaches
  -- __newindex (Lua skips it for a key the table holds), so none goes unseen.
  local made = {}
  meta.__index = function(_, key)
    local i = math_type(key) == "float" and math.tointeger(key) or key
    if math_type(i) ~= "integer" then return methods[key] end
    if i < 1 or i > n then return nil end
    local item = made[i]
    if item == nil then
      item = make(i)
      made[i] = item
    end
    return item
  end
  meta.__len = function() return n end
  meta.__pairs = function(t)
    local i = 0
    return function()
      i = i + 1
      if i <= n then return i, t[i] end
    end, t, nil
  end
  meta.__newindex = function(t, key, value)
    for i = 1, n do rawset(t, i, made[i] or make(i)) end
    debug_setmetatable(t, List)
    t[key] = value
  end
  return setmetatable({}, meta)
end

--- view(list, positions): the records of `list` (a corpus list or a view of one) at
--- `positions`, each made when first read. A view keeps its positions in the corpus list,
--- so `where`, `count_by`, `group_by` and `sort_by` on it read that list's columns and
--- ask Swift about those positions only: queries chain without making records.
local function view(list, positions)
  local mt = raw_metatable(list)
  local above = rawget(mt, "__positions")
  if above then
    local absolute = {}
    for i = 1, #positions do absolute[i] = above[positions[i]] end
    list, positions = rawget(mt, "__base"), absolute
    mt = raw_metatable(list)
  end
  local column, group, sort_positions = rawget(mt, "__column"), rawget(mt, "__group"), rawget(mt, "__sort")
  local function column_at(key)
    local whole = column(key)
    if whole then return function(i) return whole(positions[i]) end end
  end
  local result = lazy_list(#positions, function(i) return list[positions[i]] end, column_at, item_kind(list))
  local meta = raw_metatable(result)
  meta.__positions, meta.__base = positions, list
  meta.__group = group and function(key, members) return group(key, members, positions) end
  meta.__sort = sort_positions and function(key, descending) return sort_positions(key, descending, positions) end
  return result
end

--- The groups of a corpus list or a view of one by `key`, worked out in Swift
--- (`lede.group`): the keys, and per key its items as indexes into the list (`members`)
--- or its count; nil for any other list or a key that is not a field Swift reads.
local function swift_groups(list, key, members)
  local mt = raw_metatable(list)
  local group = mt and rawget(mt, "__group")
  if not group or type(key) ~= "string" then return nil end
  return group(key, members)
end

local function check_field(list, key, fname, n, level)
  if type(key) ~= "string" then return end
  local spec = kinds[item_kind(list) or ""]
  if not spec then return end
  local name = str_match(key, "^#?([^.]+)")
  if name and not spec.fieldset[name] then
    local hint = did_you_mean(name, spec.fields)
    error(format("bad argument #%d to '%s' (%s have no field '%s'%s)", n, fname, spec.plural, name,
      hint ~= "" and hint or "; they have: " .. concat(spec.fields, ", ")), (level or 3))
  end
end

--- Refuses a plain string that a field with a fixed set of values never holds
--- (`where{kind = "drect"}`): it would match nothing and read as "none".
local function check_known_value(list, key, wanted)
  if type(wanted) ~= "string" or find(wanted, "[%^%$%(%)%%%.%[%]%*%+%-%?]") then return end
  local spec = kinds[item_kind(list) or ""]
  local values = spec and spec.values and spec.values[key]
  if not values then return end
  for _, value in ipairs(values) do
    if value == wanted then return end
  end
  error(format("bad argument #1 to 'where' (%s's %s is one of %s; '%s' is none of them)", spec.name, key,
    concat(values, ", "), wanted), 3)
end

local function anchored(pattern)
  if str_sub(pattern, 1, 1) ~= "^" then pattern = "^" .. pattern end
  if str_sub(pattern, -1) ~= "$" or str_sub(pattern, -2) == "%$" then pattern = pattern .. "$" end
  return pattern
end

--- Numbers as lede prints them: integers without ".0", floats to 14 digits.
local function number_text(n)
  if math_type(n) == "integer" then return tostring(n) end
  if n ~= n then return "nan" end
  if n == math.huge then return "inf" end
  if n == -math.huge then return "-inf" end
  if n == n // 1 and n > -1e15 and n < 1e15 then return format("%d", n) end
  return format("%.14g", n)
end

--- Compiles one `where` condition into a test of a field's value, checking patterns once.
--- A string matches a string equal to it or wholly matching it as a pattern, a number
--- printed as it, or a record whose id, name or alias it is (case ignored).
local function compile_condition(wanted, key)
  local wt = type(wanted)
  if wt == "function" then return wanted, true end
  if wt == "string" then
    local pattern = anchored(wanted)
    local ok, problem = pcall(find, "", pattern)
    if not ok then
      -- Conditions nest (sets of patterns): `where` reports this at its caller's line.
      error({where_problem = format("bad argument #1 to 'where' (bad pattern for '%s': %s)", key,
        (str_gsub(tostring(problem), "^.-:%d+: ", "")))}, 0)
    end
    local lower = str_lower(wanted)
    return function(value)
      local vt = type(value)
      if vt == "string" then return value == wanted or find(value, pattern) ~= nil end
      if vt == "number" then return number_text(value) == wanted end
      local spec = kinds[kind(value) or ""]
      if spec and spec.names then
        for _, name in ipairs(spec.names(value)) do
          if str_lower(name) == lower or find(name, pattern) then return true end
        end
      end
      return false
    end
  end
  if wt == "table" then
    if is_record(wanted) then return function(value) return rawequal(value, wanted) end end
    if #wanted == 0 then
      -- A set written as keys: {direct = true, mixed = true}; records match by a name too.
      return function(value)
        if value == nil then return false end
        if wanted[value] == true then return true end
        local spec = kinds[kind(value) or ""]
        if spec and spec.names then
          for _, name in ipairs(spec.names(value)) do
            if wanted[name] == true then return true end
          end
        end
        return false
      end
    end
    local alternatives = {}
    for i = 1, #wanted do alternatives[i] = compile_condition(wanted[i], key) end
    return function(value)
      for i = 1, #alternatives do
        if alternatives[i](value) then return true end
      end
      return false
    end
  end
  if wanted == false then return function(value) return value == nil or value == false end end
  return function(value) return value == wanted end
end

--- Does a field value pass a compiled test? A list-valued field does when one of its items
--- does (or, for `false`, when it is empty).
local function passes(value, test, takes_item, wanted, item)
  if takes_item then return test(value, item) and true or false end
  if kind(value) == "list" then
    if wanted == false then return #value == 0 end
    for i = 1, #value do
      if test(value[i]) then return true end
    end
    return false
  end
  return test(value)
end

-- Sorting ----------------------------------------------------------------------------

local type_rank = {boolean = 1, number = 2, string = 3, table = 4}

--- The value a key sorts by: records by their label, everything else as it is.
local function sort_value(v)
  if type(v) == "table" then return label(v) or v end
  return v
end

--- Booleans, then numbers, then strings. Tables and functions have no order: comparing
--- their addresses would print differently from run to run.
local function less(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then return (type_rank[ta] or 5) < (type_rank[tb] or 5) end
  if ta == "number" or ta == "string" then return a < b end
  if ta == "boolean" then return (not a) and b end
  return false
end

--- A stable sort of `items` by `keys` (parallel arrays); nil keys last in either order.
local function stable_sort(items, keys, descending)
  local order = {}
  for i = 1, #items do order[i] = i end
  sort(order, function(i, j)
    local a, b = keys[i], keys[j]
    if a ~= a then a = nil end  -- NaN sorts with the missing keys
    if b ~= b then b = nil end
    if a == nil or b == nil then
      if a == nil and b == nil then return i < j end
      return b == nil
    end
    if descending then a, b = b, a end
    if less(a, b) then return true end
    if less(b, a) then return false end
    return i < j
  end)
  local sorted = new_list()
  for i = 1, #order do sorted[i] = items[order[i]] end
  return sorted
end

-- List methods -------------------------------------------------------------------------

local function check_self(self, fname, level)
  if kind(self) ~= "list" then
    error(format("calling '%s' on bad self (list expected, got %s): call it with a colon, list:%s(…)",
      fname, describe(self), fname), level or 3)
  end
end

local function check_count(n, fname)
  if n == nil then return 1 end
  if math_type(n) ~= "integer" and not (type(n) == "number" and n == n // 1) then
    bad_argument(fname, 1, "whole number", n, 4)
  end
  if n < 0 then bad_value(fname, 1, "the count cannot be negative", 4) end
  return n // 1
end

function methods.where(self, conditions)
  check_self(self, "where")
  local out = new_list()
  if type(conditions) == "function" then
    for i = 1, #self do
      local item = self[i]
      if conditions(item, i) then out[#out + 1] = item end
    end
    return out
  end
  if type(conditions) ~= "table" or kind(conditions) then
    bad_argument("where", 1, "table of conditions or function", conditions)
  end
  local tests, keys = {}, {}
  for key in pairs(conditions) do keys[#keys + 1] = key end
  if #keys == 0 then
    -- `where{speaker = actor("Trumpp")}` is `where{}` once the lookup gives nil: it would
    -- match everything, which reads as an answer.
    error("bad argument #1 to 'where' (no condition: a condition whose value is nil is left out of the table, "
      .. "so check that each value was found; to keep every item, use the list itself)", 2)
  end
  -- Sorted, so that an error names the same condition on every run.
  sort(keys, function(a, b)
    if type(a) ~= type(b) then return type(a) < type(b) end
    return type(a) == "string" and a < b
  end)
  for _, key in ipairs(keys) do
    local wanted = conditions[key]
    if type(key) ~= "string" then
      error(format("bad argument #1 to 'where' (conditions are field = value pairs; got a %s key)", type(key)), 2)
    end
    check_field(self, key, "where", 1)
    check_known_value(self, key, wanted)
    local ok, test, takes_item = pcall(compile_condition, wanted, key)
    if not ok then
      if type(test) == "table" and test.where_problem then error(test.where_problem, 2) end
      error(test, 0)
    end
    tests[#tests + 1] = {key = key, get = getter(key, "where", 1), test = test, takes_item = takes_item, wanted = wanted}
  end
  sort(tests, function(a, b) return a.key < b.key end)
  -- On a corpus list or a view of one, plain fields are read from their columns and the
  -- result is a view: no record is made until a script reads it.
  local columns = {}
  for t = 1, #tests do
    columns[t] = not tests[t].takes_item and column_of(self, tests[t].key) or nil
    if not columns[t] then columns = nil; break end
  end
  if columns then
    local positions = {}
    for i = 1, #self do
      local ok = true
      for t = 1, #tests do
        local test = tests[t]
        if not passes(columns[t](i), test.test, false, test.wanted) then ok = false; break end
      end
      if ok then positions[#positions + 1] = i end
    end
    return view(self, positions)
  end
  for i = 1, #self do
    local item, ok = self[i], true
    for t = 1, #tests do
      local test = tests[t]
      if not passes(test.get(item), test.test, test.takes_item, test.wanted, item) then ok = false; break end
    end
    if ok then out[#out + 1] = item end
  end
  return out
end

--- The non-nil values of get(item, i), as a new list.
local function collect(list, get)
  local out = new_list()
  for i = 1, #list do
    local v = get(list[i], i)
    if v ~= nil then out[#out + 1] = v end
  end
  return out
end

function methods.map(self, f)
  check_self(self, "map")
  if type(f) ~= "function" and type(f) ~= "string" then bad_argument("map", 1, "function or field name", f) end
  check_field(self, f, "map", 1)
  return collect(self, getter(f, "map", 1))
end

function methods.each(self, f)
  check_self(self, "each")
  if type(f) ~= "function" then bad_argument("each", 1, "function", f) end
  for i = 1, #self do f(self[i], i) end
  return self
end

function methods.sort_by(self, key, order)
  check_self(self, "sort_by")
  if key == nil then bad_argument("sort_by", 1, "field name or function", key) end
  if order ~= nil and order ~= "asc" and order ~= "desc" then
    error(format("bad argument #2 to 'sort_by' (\"asc\" or \"desc\" expected, got %s)",
      type(order) == "string" and format("%q", order) or describe(order)), 2)
  end
  check_field(self, key, "sort_by", 1)
  local mt = raw_metatable(self)
  local swift_sort = mt and rawget(mt, "__sort")
  local positions = swift_sort and type(key) == "string" and swift_sort(key, order == "desc")
  if positions then return view(self, positions) end
  local column = column_of(self, key)
  if column then
    -- A view of a corpus list: its keys from the columns, its records made when read.
    local keys, order_of = {}, {}
    for i = 1, #self do
      keys[i] = sort_value(column(i))
      order_of[i] = i
    end
    return view(self, stable_sort(order_of, keys, order == "desc"))
  end
  local get = getter(key, "sort_by", 1)
  local items, keys = {}, {}
  for i = 1, #self do
    local item = self[i]
    items[i] = item
    keys[i] = sort_value(get(item))
  end
  return stable_sort(items, keys, order == "desc")
end

function methods.first(self, n)
  check_self(self, "first")
  n = check_count(n, "first")
  local out = new_list()
  for i = 1, math.min(n, #self) do out[i] = self[i] end
  return out
end

function methods.last(self, n)
  check_self(self, "last")
  n = check_count(n, "last")
  local out, count = new_list(), #self
  for i = math.max(1, count - n + 1), count do out[#out + 1] = self[i] end
  return out
end

function methods.pluck(self, field)
  check_self(self, "pluck")
  if type(field) ~= "string" and type(field) ~= "number" then bad_argument("pluck", 1, "field name", field) end
  check_field(self, field, "pluck", 1)
  local column = column_of(self, field)
  if column then
    local out = new_list()
    for i = 1, #self do
      local v = column(i)
      if v ~= nil then out[#out + 1] = v end
    end
    return out
  end
  local get = getter(field, "pluck", 1)
  return collect(self, function(item) return get(item) end)
end

function methods.unique(self, key)
  check_self(self, "unique")
  check_field(self, key, "unique", 1)
  local get = key ~= nil and getter(key, "unique", 1) or nil
  local seen, out = {}, new_list()
  for i = 1, #self do
    local item = self[i]
    local k = item
    if get then k = get(item) end
    if k == nil then k = seen end  -- one stand-in for every missing key
    if k ~= k then k = out end     -- and one for NaN, which cannot be a table key
    if not seen[k] then
      seen[k] = true
      out[#out + 1] = item
    end
  end
  return out
end

--- The checks `count_by` and `group_by` make of their list and key, before either way
--- of grouping (errors name the script's line that called the method).
local function check_grouping(list, key, fname)
  check_self(list, fname, 4)
  if key == nil then bad_argument(fname, 1, "field name or function", key, 4) end
  check_field(list, key, fname, 1, 4)
end

local Count = {__kind = "count", __name = "count"}
local Group = {__kind = "group", __name = "group"}

--- Groups items by key; a list-valued key puts the item in a group per element.
--- Returns the keys in order of first appearance and, per key, the items.
--- The keys of `list` by `key` in order of first appearance, how many items have each,
--- and (unless `counts_only`, when a corpus list's column may stand in for its records)
--- the items themselves.
local function partition(list, key, fname, counts_only)
  local get = getter(key, fname, 1, 4)
  local column = counts_only and column_of(list, key)
  local missing, nan = {}, {}  -- stand for keys a table cannot hold: nil and NaN
  local order, members, counts = {}, {}, {}
  local function add(k, item)
    if k == nil then k = missing end
    if k ~= k then k = nan end
    local n = counts[k]
    if n == nil then
      n = 0
      order[#order + 1] = k
      if not counts_only then members[k] = new_list() end
    end
    counts[k] = n + 1
    if not counts_only then
      local bucket = members[k]
      bucket[#bucket + 1] = item
    end
  end
  for i = 1, #list do
    local item, k
    if column then
      k = column(i)
    else
      item = list[i]
      k = get(item, i)
    end
    if kind(k) == "list" then
      for j = 1, #k do add(k[j], item) end
    else
      add(k, item)
    end
  end
  return order, members, counts, missing, nan
end

--- The key of a row made from a Swift group: `false` stands for a missing key, a
--- position for the record a link key points to.
local function group_key(keys, targets, i)
  local k = keys[i]
  if k == false then return nil end
  if targets then return targets[k] end
  return k
end

function methods.count_by(self, key)
  check_grouping(self, key, "count_by")
  local keys, counts, targets = swift_groups(self, key, false)
  if keys then
    -- Rows made when read: a count by speaker over 600,000 claims makes no speaker
    -- until its row is read.
    return lazy_list(#keys, function(i)
      return setmetatable({key = group_key(keys, targets, i), n = counts[i]}, Count)
    end)
  end
  local order, _, counts, missing, nan = partition(self, key, "count_by", true)
  local rows, sizes = {}, {}
  for i, k in ipairs(order) do
    local row = {n = counts[k]}
    if k == nan then row.key = 0 / 0 elseif k ~= missing then row.key = k end
    rows[i] = setmetatable(row, Count)
    sizes[i] = row.n
  end
  return stable_sort(rows, sizes, true)
end

function methods.group_by(self, key)
  check_grouping(self, key, "group_by")
  local keys, members, targets = swift_groups(self, key, true)
  if keys then
    return lazy_list(#keys, function(i)
      local items = view(self, members[i])
      return setmetatable({key = group_key(keys, targets, i), n = #items, items = items}, Group)
    end)
  end
  local order, members, _, missing, nan = partition(self, key, "group_by")
  local rows = new_list()
  for i, k in ipairs(order) do
    local row = {n = #members[k], items = members[k]}
    if k == nan then row.key = 0 / 0 elseif k ~= missing then row.key = k end
    rows[i] = setmetatable(row, Group)
  end
  return rows
end

function methods.join(self, ...)
  check_self(self, "join")
  local out = new_list()
  for i = 1, #self do out[i] = self[i] end
  for a = 1, select("#", ...) do
    local other = select(a, ...)
    if type(other) ~= "table" or is_record(other) then bad_argument("join", a, "list", other) end
    for i = 1, #other do out[#out + 1] = other[i] end
  end
  return out
end

-- Rows lede's functions return (hits, counts, groups…) are tables the script owns, with
-- a kind so that `show` knows their columns.
local row_kinds = {count = Count, group = Group}
local function row_kind(name)
  local mt = row_kinds[name]
  if not mt then
    mt = {__kind = name, __name = name}
    row_kinds[name] = mt
  end
  return mt
end

lede.kind, lede.is_record, lede.describe, lede.bad_argument, lede.bad_value, lede.fail =
  kind, is_record, describe, bad_argument, bad_value, fail
lede.methods, lede.List, lede.list, lede.freeze = methods, List, new_list, freeze
lede.kinds, lede.define_kind, lede.record, lede.label, lede.plurals = kinds, define_kind, record, label, plurals
lede.getter, lede.check_field, lede.stable_sort, lede.sort_value = getter, check_field, stable_sort, sort_value
lede.row_kind, lede.raw_metatable, lede.less, lede.number_text = row_kind, raw_metatable, less, number_text
lede.index_iterator, lede.field = index_iterator, field
lede.lazy_items, lede.freeze_lazy, lede.lazy_list = lazy_items, freeze_lazy, lazy_list

-- Conditions that read like the question: each gives a function of a field's value, which
-- `where` calls once per item. A record is tested by `record_test` when given, else by its
-- names (an actor's name and aliases); a list field by its items: one that passes is enough.
local function condition(test, record_test)
  local function check(value)
    if value == nil then return false end
    if kind(value) == "list" then
      for i = 1, #value do
        if check(value[i]) then return true end
      end
      return false
    end
    if record_test and record_test(value) then return true end
    local spec = kinds[kind(value) or ""]
    if spec and spec.names then
      for _, name in ipairs(spec.names(value)) do
        if test(name) then return true end
      end
      return false
    end
    return test(value)
  end
  return check
end

--- contains(text): the field's text holds `text`, plain, ignoring case.
function contains(text)
  if type(text) ~= "string" then bad_argument("contains", 1, "string", text) end
  local lower = str_lower(text)
  return condition(function(v)
    return type(v) == "string" and find(str_lower(v), lower, 1, true) ~= nil
  end)
end

--- any_of{…}: the field equals one of the values (strings ignoring case), or is one of the records.
function any_of(values)
  if type(values) ~= "table" or kind(values) and kind(values) ~= "list" then bad_argument("any_of", 1, "table", values) end
  local wanted, records = {}, {}
  for i = 1, #values do
    local v = values[i]
    if is_record(v) then records[v] = true
    elseif type(v) == "string" then wanted[str_lower(v)] = true
    elseif v ~= nil then wanted[v] = true end
  end
  return condition(function(v)
    if type(v) == "string" then return wanted[str_lower(v)] == true end
    return wanted[v] == true
  end, function(record) return records[record] == true end)
end

--- between(low, high): the field is from `low` to `high`, both included: numbers, or
--- dates and other text compared as written ("2019-01-01"…"2019-03-31").
function between(low, high)
  local t = type(low)
  if t ~= "number" and t ~= "string" then bad_argument("between", 1, "number or string", low) end
  if type(high) ~= t then bad_argument("between", 2, t, high) end
  if high < low then bad_value("between", 2, "the upper bound is below the lower one") end
  return condition(function(v)
    if type(v) ~= t then return false end
    -- "2019-03-31" as the upper bound keeps a date with a time on that day.
    if t == "string" then return v >= low and (v <= high or str_sub(v, 1, #high) == high) end
    return v >= low and v <= high
  end)
end

--- matches(pattern): the field's text has a match of the Lua pattern anywhere in it.
function matches(pattern)
  if type(pattern) ~= "string" then bad_argument("matches", 1, "string", pattern) end
  local ok, problem = pcall(find, "", pattern)
  if not ok then bad_value("matches", 1, "bad pattern: " .. (str_gsub(tostring(problem), "^.-:%d+: ", ""))) end
  return condition(function(v) return type(v) == "string" and find(v, pattern) ~= nil end)
end

--- list(t): gives a table the list methods.
function list(t)
  if t == nil then return new_list() end
  if type(t) ~= "table" or is_record(t) then bad_argument("list", 1, "table", t) end
  if kind(t) == "list" then return t end
  if getmetatable(t) ~= nil then bad_value("list", 1, "the table already has a metatable") end
  return new_list(t)
end

-- The corpus is read-only; rawset would go round the proxies' __newindex.
local lua_rawset = rawset
_ENV.rawset = function(t, k, v)
  if kind(t) == "list" and rawget(raw_metatable(t), "__label") or is_record(t) then
    error(format("cannot rawset into %s: the corpus is read-only", tostring(t)), 2)
  end
  return lua_rawset(t, k, v)
end
