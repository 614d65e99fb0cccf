-- Tab completion for the REPL: what may follow the text before the cursor.
-- Values are looked up by walking names and indices from _G; nothing is called.
local lede = ...
local kind, kinds, methods = lede.kind, lede.kinds, lede.methods
local type, pairs, pcall, sort, concat = type, pairs, pcall, table.sort, table.concat
local str_lower, str_match, str_sub = string.lower, string.match, string.sub

local keywords = {
  "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in",
  "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
}

--- The value a path like `articles[1].sentences` names, or nil.
local function resolve(path)
  local name, rest = str_match(path, "^([%a_][%w_]*)(.*)$")
  if not name then return nil end
  local ok, value = pcall(function() return _G[name] end)
  if not ok then return nil end
  while rest ~= "" and value ~= nil do
    local key, after = str_match(rest, "^%.([%a_][%w_]*)(.*)$")
    if not key then
      local number
      number, after = str_match(rest, "^%[(%d+)%](.*)$")
      key = number and tonumber(number)
    end
    if not key then
      local _, text
      _, text, after = str_match(rest, "^%[([\"'])(.-)%1%](.*)$")
      key = text
    end
    if key == nil or type(value) ~= "table" and type(value) ~= "string" then return nil end
    if type(value) == "string" then return nil end
    ok, value = pcall(function() return value[key] end)
    if not ok then return nil end
    rest = after
  end
  return value
end

local function add_keys(names, t, depth)
  if type(t) ~= "table" or depth > 3 then return end
  for key in pairs(t) do
    if type(key) == "string" and str_match(key, "^[%a_][%w_]*$") and not str_match(key, "^__") then names[key] = true end
  end
  local mt = getmetatable(t)
  if type(mt) == "table" and type(rawget(mt, "__index")) == "table" then add_keys(names, rawget(mt, "__index"), depth + 1) end
end

--- The names that may follow `value.` (fields) or `value:` (methods).
local function members(value, separator)
  local names = {}
  local k = kind(value)
  if separator == ":" then
    if k == "list" then
      for name in pairs(methods) do names[name] = true end
    elseif type(value) == "string" then
      for name in pairs(string) do names[name] = true end
    elseif type(value) == "table" then
      add_keys(names, value, 0)
    end
  elseif kinds[k or ""] then
    for _, field in ipairs(kinds[k].fields) do names[field] = true end
  elseif type(value) == "table" and k ~= "list" then
    add_keys(names, value, 0)
  end
  return names
end

local function answer(replace, names, prefix)
  local list = {}
  for name in pairs(names) do
    if str_sub(name, 1, #prefix) == prefix then list[#list + 1] = name end
  end
  if #list == 0 then return nil end
  sort(list)
  return replace .. "\n" .. concat(list, "\n")
end

--- The list methods whose first argument is a field name.
local takes_field = {count_by = true, sort_by = true, group_by = true, pluck = true, unique = true, map = true}

--- The fields of the records in the list `list_text` names that begin with `typed`.
local function field_answer(list_text, typed)
  local value = resolve(list_text)
  local spec = kinds[kind(type(value) == "table" and kind(value) == "list" and value[1] or nil) or ""]
  if not spec then return nil end
  local names = {}
  for _, field in ipairs(spec.fields) do names[field] = true end
  return answer(#typed, names, typed)
end

--- complete(text before the cursor): "N\ncandidate…" (each replaces the last N bytes), or nil.
function lede.complete(before)
  local quote, typed = str_match(before, "actor%(%s*([\"'])([^\"']*)$")
  if quote then
    local names, lower = {}, str_lower(typed)
    for _, a in ipairs(lede.actor_records) do
      if str_sub(str_lower(a.name), 1, #lower) == lower then names[a.name] = true end
    end
    local list = {}
    for name in pairs(names) do list[#list + 1] = name end
    if #list == 0 then return nil end
    sort(list)
    return #typed .. "\n" .. concat(list, "\n")
  end
  -- Field names where a method takes one: inside `where{…}`, and in the quotes of
  -- count_by("…"), sort_by("…") and the like, for the records of the list before it.
  local list_text, typed_field = str_match(before, "([%w_%.%[%]\"']+):where%s*{[^}]-([%a_]*)$")
  if list_text and str_match(before, "[{,]%s*[%a_]*$") then
    return field_answer(list_text, typed_field)
  end
  local keyed
  list_text, keyed, typed_field = str_match(before, "([%w_%.%[%]\"']+):([%a_]+)%(%s*[\"']([%w_%.#]*)$")
  if list_text and takes_field[keyed] then
    return field_answer(list_text, (str_match(typed_field, "[%a_]*$")))
  end
  -- Methods on a method's result: nearly every list method gives a list.
  local after_call = str_match(before, "[%)}]:([%a_]*)$")
  if after_call then return answer(#after_call, members(lede.list(), ":"), after_call) end
  local expression = str_match(before, "[%w_%.:%[%]\"']*$")
  local base, separator, partial = str_match(expression, "^(.-)([%.:])([%a_]?[%w_]*)$")
  if base and base ~= "" then
    local value = resolve(base)
    if value == nil then return nil end
    return answer(#partial, members(value, separator), partial)
  end
  partial = str_match(expression, "[%a_][%w_]*$")
  if not partial then return nil end
  local names = {}
  for _, word in ipairs(keywords) do names[word] = true end
  add_keys(names, _G, 0)
  return answer(#partial, names, partial)
end
