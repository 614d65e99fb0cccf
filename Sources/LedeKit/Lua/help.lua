-- `help`: the API reference (APIReference.swift, which also writes the README's API
-- section) as the REPL shows it.
local lede = ...
local reference, kind, is_record = lede.reference, lede.kind, lede.is_record
local format, concat = string.format, table.concat
local table_sort = table.sort
local str_gsub, str_match = string.gsub, string.match
local type, ipairs, pairs = type, ipairs, pairs

local entries = {}    -- name -> {entry, section}
local sections = {
  {title = "Corpus", list = reference.corpus, prefix = ""},
  {title = "Functions", list = reference.functions, prefix = ""},
  {title = "List methods", list = reference.methods, prefix = "list:"},
}
for _, section in ipairs(sections) do
  for _, entry in ipairs(section.list) do
    entries[entry.name] = {entry = entry, prefix = entry.name == "#list" and "" or section.prefix}
  end
end
local kinds_by_name = {}
for _, k in ipairs(reference.kinds) do
  kinds_by_name[k.name] = k
  kinds_by_name[k.plural] = kinds_by_name[k.plural] or k
end

--- The summary up to the first full stop that ends a sentence ("e.g. `x`" does not).
local function first_sentence(text)
  return str_match(text, "^(.-%.)%s+%u") or text
end

local function columns(pairs_list, indent)
  local widest = 0
  for _, pair in ipairs(pairs_list) do widest = math.max(widest, lede.width(pair[1])) end
  local lines = {}
  for i, pair in ipairs(pairs_list) do lines[i] = indent .. lede.pad(pair[1], widest + 2) .. pair[2] end
  return concat(lines, "\n")
end

local function overview()
  local out = {"lede's Lua API. help(\"where\") explains one entry; help(claims) or help(claims[1]) lists fields."}
  for _, section in ipairs(sections) do
    local rows = {}
    for i, entry in ipairs(section.list) do
      local prefix = entry.name == "#list" and "" or section.prefix
      rows[i] = {prefix .. entry.signature, first_sentence(entry.summary)}
    end
    out[#out + 1] = ""
    out[#out + 1] = section.title
    out[#out + 1] = columns(rows, "  ")
  end
  local names = {}
  for i, k in ipairs(reference.kinds) do names[i] = k.name end
  out[#out + 1] = ""
  out[#out + 1] = "Records (read-only; help(\"claim\") lists a kind's fields): " .. concat(names, ", ")
  return concat(out, "\n")
end

local function kind_help(k, heading)
  local rows = {}
  for i, field in ipairs(k.fields) do rows[i] = {field.name, field.summary} end
  return (heading or k.name .. ": " .. k.summary) .. "\nFields:\n" .. columns(rows, "  ")
end

local function entry_help(found)
  return found.prefix .. found.entry.signature .. "\n  " .. found.entry.summary
end

local function list_help(list)
  local first = list[1]
  local k = kinds_by_name[kind(first) or ""]
  local read_only = lede.raw_metatable(list) and rawget(lede.raw_metatable(list), "__label")
  local heading = tostring(list) .. (read_only and " (read-only)" or "")
  local method_names = {}
  for i, entry in ipairs(reference.methods) do method_names[i] = entry.name end
  local text = heading
  if k then text = kind_help(k, heading .. "\nEach " .. k.name .. ": " .. k.summary) end
  return text .. "\nMethods (list:name(…)): " .. concat(method_names, ", ")
end

local function global_name(value)
  local names = {}
  for name, v in pairs(_G) do
    if v == value and type(name) == "string" and entries[name] then names[#names + 1] = name end
  end
  table_sort(names)
  return names[1]
end

function help(topic)
  local text
  if topic == nil then
    text = overview()
  elseif type(topic) == "string" then
    local name = str_gsub(str_gsub(topic, "^list:", ""), "%(.*$", "")
    if entries[name] then
      text = entry_help(entries[name])
    elseif kinds_by_name[name] then
      text = kind_help(kinds_by_name[name])
    else
      error(format("help: nothing called %q; help() lists everything", topic), 2)
    end
  elseif kind(topic) == "list" then
    text = list_help(topic)
  elseif is_record(topic) then
    text = kind_help(kinds_by_name[kind(topic)], tostring(topic) .. ": " .. kinds_by_name[kind(topic)].summary)
  elseif type(topic) == "function" and global_name(topic) then
    text = entry_help(entries[global_name(topic)])
  else
    error(format("help: no help for a %s; try help() or help(\"name\")", lede.describe(topic)), 2)
  end
  io.write(text, "\n")
end
