-- Output an analyst can paste or load elsewhere: `csv`, `markdown`, `json`. Given a
-- path, each writes the file through `write`, which is atomic (and, in a sandbox, kept to
-- the directories allowed).
local lede = ...
local kind, is_record, getter, cell, number_text, width =
  lede.kind, lede.is_record, lede.getter, lede.cell, lede.number_text, lede.width
local bad_argument, bad_value, fail = lede.bad_argument, lede.bad_value, lede.fail
local format, rep, concat, sort = string.format, string.rep, table.concat, table.sort
local str_find, str_gsub = string.find, string.gsub
local type, ipairs, pairs, math_type, tostring = type, ipairs, pairs, math.type, tostring

function write(path, text)
  if type(path) ~= "string" then bad_argument("write", 1, "string", path) end
  if type(text) == "number" then text = tostring(text) end
  if type(text) ~= "string" then bad_argument("write", 2, "string", text) end
  local ok, message = lede.write_file(path, text)
  if not ok then error("write: " .. message, 2) end
end

--- Checks the arguments every row writer takes; returns the rows, the columns and the path.
local function table_arguments(fname, rows, columns, path)
  if type(rows) ~= "table" or is_record(rows) then bad_argument(fname, 1, "list of rows", rows, 4) end
  for i = 1, #rows do
    if type(rows[i]) ~= "table" then
      bad_value(fname, 1, format("row %d is a %s, not a table", i, type(rows[i])), 4)
    end
  end
  if type(columns) == "string" and path == nil then columns, path = nil, columns end
  if columns ~= nil then
    if type(columns) ~= "table" then bad_argument(fname, 2, "table of column names", columns, 4) end
    for i, column in ipairs(columns) do
      if type(column) ~= "string" then
        bad_value(fname, 2, format("column %d is a %s, not a field name", i, type(column)), 4)
      end
    end
  end
  if path ~= nil and type(path) ~= "string" then bad_argument(fname, 3, "string", path, 4) end
  columns = columns or lede.columns_for(rows)
  local getters = {}
  for i, column in ipairs(columns) do
    lede.check_field(rows, column, fname, 2, 4)
    getters[i] = getter(column, fname, 2, 4)
  end
  return columns, getters, path
end

--- Writes a writer's text to `path`; a failure is reported at the writer's caller.
local function write_for(fname, text, path)
  local ok, message = lede.write_file(path, text)
  if not ok then error(fname .. ": " .. message, 3) end
end

--- No columns (no rows, or rows without fields): an empty text, or an empty file.
local function nothing_to_write(fname, path)
  if path == nil then return "" end
  write_for(fname, "", path)
end

local csv_text

-- The export's rule (`CSV.field`), which the golden test pins to the same bytes. It stays
-- in Lua because a CSV field passes bytes through as they are, UTF-8 or not, and a Swift
-- string cannot carry bytes that are not UTF-8.
local function csv_field(text)
  if str_find(text, '[,"\r\n]') then return '"' .. str_gsub(text, '"', '""') .. '"' end
  return text
end

function csv(rows, columns, path)
  local getters
  columns, getters, path = table_arguments("csv", rows, columns, path)
  if #columns == 0 then return nothing_to_write("csv", path) end
  local lines = {}
  local header = {}
  for i, column in ipairs(columns) do header[i] = csv_field(column) end
  lines[1] = concat(header, ",")
  for r = 1, #rows do
    local fields = {}
    for c = 1, #columns do fields[c] = csv_field(csv_text(getters[c](rows[r]))) end
    lines[#lines + 1] = concat(fields, ",")
  end
  local text = concat(lines, "\r\n") .. "\r\n"
  if path == nil then return text end
  write_for("csv", text, path)
end

function markdown(rows, columns, path)
  local getters
  columns, getters, path = table_arguments("markdown", rows, columns, path)
  if #columns == 0 then return nothing_to_write("markdown", path) end
  local texts, widths, numeric = lede.measure(rows, #rows, columns, getters, function(value)
    return (str_gsub(cell(value), "|", "\\|"))
  end)
  for c = 1, #columns do
    widths[c] = math.max(3, widths[c])  -- room for the rule's "--:"
    numeric[c] = numeric[c] and #rows > 0
  end
  local function row_line(cells)
    local padded = {}
    for c, text in ipairs(cells) do padded[c] = lede.pad(text, widths[c], numeric[c]) end
    return "| " .. concat(padded, " | ") .. " |"
  end
  local header, rule = {}, {}
  for c, column in ipairs(columns) do
    header[c] = str_gsub(column, "|", "\\|")
    rule[c] = numeric[c] and rep("-", widths[c] - 1) .. ":" or rep("-", widths[c])
  end
  local lines = {row_line(header), "| " .. concat(rule, " | ") .. " |"}
  for r = 1, #rows do lines[#lines + 1] = row_line(texts[r]) end
  local text = concat(lines, "\n") .. "\n"
  if path == nil then return text end
  write_for("markdown", text, path)
end

-- JSON -----------------------------------------------------------------------------

-- Strings and numbers are written by the export's writer (`lede.json_string`,
-- `lede.json_number`), so that json() and `lede export` agree byte for byte. Printable
-- ASCII without a quote or backslash needs no escaping in either, and is the common case.
local function json_string(s)
  if str_find(s, '[\0-\31"\\\127-\255]') then return lede.json_string(s) end
  return '"' .. s .. '"'
end

local json_number = lede.json_number

local encode

-- Encoding recurses to any depth; a problem is thrown as a table and reported by `json`
-- at the caller's line.
local function refuse(message, ...)
  error({json_refusal = format(message, ...)}, 0)
end

--- Encodes a table's entries; `full` says whether records met at the next level are
--- written out in full or as their ids.
local function encode_table(v, indent, full_records, seen, path)
  if seen[v] then refuse("cannot encode a table that contains itself (at %s)", path) end
  seen[v] = true
  local inner = indent .. "  "
  local parts = {}
  local count = #v
  local is_array = kind(v) == "list" or count > 0
  if is_array then
    for key in pairs(v) do
      if not (math_type(key) == "integer" and key >= 1 and key <= count) then is_array = false; break end
    end
  end
  local result
  if is_array then
    for i = 1, count do parts[i] = inner .. encode(v[i], inner, full_records, seen, path .. "[" .. i .. "]") end
    result = count == 0 and "[]" or "[\n" .. concat(parts, ",\n") .. "\n" .. indent .. "]"
  else
    local keys = {}
    for key in pairs(v) do
      local kt = type(key)
      if kt ~= "string" and kt ~= "number" then
        refuse("cannot encode a table with a %s key (at %s)", kt, path)
      end
      keys[#keys + 1] = key
    end
    sort(keys, lede.less)
    local names = {}
    for i, key in ipairs(keys) do
      local name = type(key) == "string" and key or json_number(key)
      if names[name] then refuse("two keys are both written %q (at %s)", name, path) end
      names[name] = true
      parts[i] = inner .. json_string(name) .. ": " .. encode(v[key], inner, false, seen, path .. "." .. name)
    end
    result = #keys == 0 and "{}" or "{\n" .. concat(parts, ",\n") .. "\n" .. indent .. "}"
  end
  seen[v] = nil
  return result
end

local function encode_record(v, indent, seen, path)
  local inner = indent .. "  "
  local parts = {}
  -- The export's columns, with the export's values: a missing one is null, not left out.
  for _, field in ipairs(lede.kinds[kind(v)].exported) do
    parts[#parts + 1] = inner .. json_string(field) .. ": " .. encode(v[field], inner, false, seen, path .. "." .. field)
  end
  return #parts == 0 and "{}" or "{\n" .. concat(parts, ",\n") .. "\n" .. indent .. "}"
end

encode = function(v, indent, full_records, seen, path)
  local t = type(v)
  if v == nil then return "null" end
  if t == "boolean" then return tostring(v) end
  if t == "number" then return json_number(v) end
  if t == "string" then return json_string(v) end
  if t ~= "table" then refuse("cannot encode a %s (at %s)", t, path) end
  if is_record(v) then
    if full_records or lede.field(v, "id") == nil then return encode_record(v, indent, seen, path) end
    return encode(v.id, indent, false, seen, path)
  end
  return encode_table(v, indent, full_records, seen, path)
end

--- A CSV cell as the export writes it: a record by its id, a list as compact JSON (links
--- as ids), a missing value empty; a value that is neither keeps its label.
csv_text = function(value)
  local t = type(value)
  if value == nil then return "" end
  if t == "string" then return value end
  if t == "number" then return json_number(value) end
  if t == "boolean" then return tostring(value) end
  -- (Sentences, mentions and other owned records have no id: their label stands in.)
  if is_record(value) and lede.field(value, "id") ~= nil then return csv_text(value.id) end
  if t == "table" and not is_record(value) and (kind(value) == "list" or #value > 0) then
    local items = {}
    for i = 1, #value do
      local item = value[i]
      if is_record(item) and lede.field(item, "id") ~= nil then item = item.id end
      local it = type(item)
      items[i] = it == "string" and json_string(item) or it == "number" and json_number(item)
        or it == "boolean" and tostring(item) or json_string(cell(item))
    end
    return "[" .. concat(items, ",") .. "]"
  end
  return cell(value)
end

function json(value, path)
  if path ~= nil and type(path) ~= "string" then bad_argument("json", 2, "string", path) end
  local ok, text = pcall(encode, value, "", true, {}, "$")
  if not ok then
    if type(text) == "table" and text.json_refusal then error("json: " .. text.json_refusal, 2) end
    error(text, 0)
  end
  text = text .. "\n"
  if path == nil then return text end
  write_for("json", text, path)
end

--- The REPL's printer under `.mode`: a list of rows as CSV, Markdown or JSON, anything
--- else as `show` prints it.
function lede.display_as(mode, ...)
  local value = ...
  if mode == "json" and select("#", ...) == 1 then
    local ok, text = pcall(json, value)
    if ok then return (str_gsub(text, "\n$", "")) end
  end
  local rows = type(value) == "table" and not is_record(value)
    and (kind(value) == "list" or (#value > 0 and type(value[1]) == "table"))
  if rows and select("#", ...) == 1 then
    local ok, text = pcall(mode == "csv" and csv or mode == "markdown" and markdown or lede.render, value)
    -- The caller ends the text with "\n": CSV keeps its "\r" so every row ends in CRLF.
    if ok and type(text) == "string" then return (str_gsub(text, mode == "csv" and "\n$" or "\r?\n$", "")) end
  end
  return lede.display(...)
end
