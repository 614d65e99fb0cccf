-- `show`: values as an analyst wants to read them. Lists of records become aligned
-- tables, a record its fields, a table a literal to a depth. Nothing shown carries a
-- memory address, so the same data always prints the same bytes.
local lede = ...
local kind, is_record, label, kinds, getter = lede.kind, lede.is_record, lede.label, lede.kinds, lede.getter
local format, rep, concat, sort = string.format, string.rep, table.concat, table.sort
local table_unpack, utf8_char, utf8_codes, utf8_len = table.unpack, utf8.char, utf8.codes, utf8.len
local str_find, str_gsub, str_match, str_sub = string.find, string.gsub, string.match, string.sub
local type, tostring, ipairs, pairs, next, math_type = type, tostring, ipairs, pairs, next, math.type
-- Captured before a sandbox takes io.output and os.getenv away.
local io_output, io_stdout, io_write, getenv = io.output, io.stdout, io.write, os.getenv

local default_columns = {
  article = {"id", "date", "outlet", "title"},
  actor = {"id", "name", "type", "role", "#mentions"},
  claim = {"id", "speaker", "kind", "content"},
  quantity = {"article", "text", "kind", "value", "unit", "km"},
  mention = {"article", "paragraph", "text", "role"},
  sentence = {"article", "n", "text"},
  dropped = {"article", "line", "reason", "text"},
  span = {"start", "end"},
  hit = {"article", "paragraph", "sentence", "text", "context"},
  count = {"key", "n"},
  period = {"period", "n"},
  group = {"key", "n"},
  quote = {"outlets", "unknown", "n", "content"},
  kwic = {"article", "left", "match", "right"},
  cooccurrence = {"article", "sentence", "text"},
}
local right_aligned = {kwic = {left = true}}

local MAX_TERMINAL_ROWS = 50

--- The terminal's width when `show` writes to one; nil when output goes to a file, a
--- pipe, or a file chosen with io.output.
local function terminal_width()
  if io_output() ~= io_stdout then return nil end
  return lede.terminal_width()
end

local number_text = lede.number_text

local global_names
--- A function's global name, for `<function show>`; found once, by identity.
local function function_name(f)
  if global_names == nil then
    global_names = {}
    local names = {}
    for name, value in pairs(_G) do
      if type(value) == "function" and type(name) == "string" then names[#names + 1] = name end
    end
    sort(names)
    for _, name in ipairs(names) do
      local value = _G[name]
      if global_names[value] == nil then global_names[value] = name end
    end
  end
  return global_names[f]
end

local function opaque(v)
  local t = type(v)
  if t == "function" then
    local name = function_name(v)
    return name and "<function " .. name .. ">" or "<function>"
  end
  return "<" .. t .. ">"
end

--- How `show` writes a missing value in a table: dim on a terminal. CSV leaves it empty
--- and JSON writes null.
local NIL = "∅"

--- The text of a value in a table cell: records by their label, lists joined.
local function cell(v, joiner)
  local t = type(v)
  if v == nil then return "" end
  if t == "string" then return (str_gsub(v, "[\r\n\t]+", " ")) end
  if t == "number" then return number_text(v) end
  if t == "boolean" then return tostring(v) end
  if t == "table" then
    local l = label(v)
    if l ~= nil then return cell(l, joiner) end
    if kind(v) == "list" or (#v > 0 and not lede.raw_metatable(v)) then
      local parts = {}
      for i = 1, #v do parts[i] = cell(v[i], joiner) end
      return concat(parts, joiner or ", ")
    end
    local mt = lede.raw_metatable(v)
    if mt and rawget(mt, "__tostring") then return cell(tostring(v), joiner) end
    return "{…}"
  end
  return opaque(v)
end

--- Columns a character takes on a terminal: 0 for combining marks, 2 for East Asian
--- wide characters and emoji, else 1.
local function char_width(code)
  if code < 0x300 then return 1 end
  if (code <= 0x36F) or (code >= 0x1AB0 and code <= 0x1AFF) or (code >= 0x1DC0 and code <= 0x1DFF)
    or (code >= 0x20D0 and code <= 0x20FF) or (code >= 0xFE20 and code <= 0xFE2F) or code == 0x200B then
    return 0
  end
  if (code >= 0x1100 and code <= 0x115F) or (code >= 0x2E80 and code <= 0xA4CF) or (code >= 0xAC00 and code <= 0xD7A3)
    or (code >= 0xF900 and code <= 0xFAFF) or (code >= 0xFE30 and code <= 0xFE4F) or (code >= 0xFF00 and code <= 0xFF60)
    or (code >= 0xFFE0 and code <= 0xFFE6) or (code >= 0x1F300 and code <= 0x1F64F) or (code >= 0x1F900 and code <= 0x1F9FF)
    or (code >= 0x20000 and code <= 0x3FFFD) then
    return 2
  end
  return 1
end

local function width(s)
  if not str_find(s, "[\128-\255]") then return #s end
  if not utf8_len(s) then return #s end
  local columns = 0
  for _, code in utf8_codes(s) do columns = columns + char_width(code) end
  return columns
end

--- `s` cut to `w` columns, the last one an ellipsis when something was cut; with
--- `from_left`, the start is cut instead (for right-aligned columns such as kwic's left).
local function fit(s, w, from_left)
  if width(s) <= w then return s end
  if w <= 1 then return w == 1 and "…" or "" end
  if not utf8_len(s) then return from_left and "…" .. str_sub(s, -(w - 1)) or str_sub(s, 1, w - 1) .. "…" end
  local chars = {}
  for _, code in utf8_codes(s) do chars[#chars + 1] = code end
  local kept, used = {}, 0
  local first, last, step = 1, #chars, 1
  if from_left then first, last, step = #chars, 1, -1 end
  for i = first, last, step do
    local cw = char_width(chars[i])
    if used + cw > w - 1 then break end
    used = used + cw
    kept[#kept + 1] = utf8_char(chars[i])
  end
  if from_left then
    local reversed = {}
    for i = #kept, 1, -1 do reversed[#reversed + 1] = kept[i] end
    return "…" .. concat(reversed)
  end
  return concat(kept) .. "…"
end

local function pad(s, w, right)
  local gap = w - width(s)
  if gap <= 0 then return s end
  if right then return rep(" ", gap) .. s end
  return s .. rep(" ", gap)
end

local function use_colour()
  local no_colour = getenv("NO_COLOR")
  return terminal_width() ~= nil and (no_colour == nil or no_colour == "")
end

local function quoted(s)
  return '"' .. str_gsub(str_gsub(str_gsub(str_gsub(s, '[\\"]', "\\%0"), "\n", "\\n"), "\r", "\\r"), "\t", "\\t") .. '"'
end

local function is_identifier(s)
  return type(s) == "string" and str_match(s, "^[%a_][%w_]*$") ~= nil
end

--- A Lua-like literal of a plain table, `depth` levels deep; records and corpus lists
--- print as references (`<actor sergei-lavrov>`), a table inside itself as `<cycle>`.
local function literal(v, depth, seen, indent, room)
  local t = type(v)
  if t == "string" then return quoted(v) end
  if t == "number" then return number_text(v) end
  if t ~= "table" then return t == "nil" and "nil" or (t == "boolean" and tostring(v) or opaque(v)) end
  if is_record(v) or kind(v) == "list" and is_record(v[1]) then return tostring(v) end
  if seen[v] then return "<cycle>" end
  if depth <= 0 then return (#v == 0 and next(v) == nil) and "{}" or "{…}" end
  seen[v] = true
  local entries, count = {}, #v
  for i = 1, count do entries[#entries + 1] = literal(v[i], depth - 1, seen, indent .. "  ", room - 2) end
  local keys = {}
  for key in pairs(v) do
    if not (math_type(key) == "integer" and key >= 1 and key <= count) then keys[#keys + 1] = key end
  end
  sort(keys, lede.less)
  for _, key in ipairs(keys) do
    local name = is_identifier(key) and key or "[" .. literal(key, 0, seen, "", room) .. "]"
    entries[#entries + 1] = name .. " = " .. literal(v[key], depth - 1, seen, indent .. "  ", room - 2)
  end
  seen[v] = nil
  if #entries == 0 then return "{}" end
  local inline = "{" .. concat(entries, ", ") .. "}"
  if width(inline) <= room and not str_find(inline, "\n") then return inline end
  local inner = indent .. "  "
  return "{\n" .. inner .. concat(entries, ",\n" .. inner) .. ",\n" .. indent .. "}"
end

--- The columns to show for these rows: the kind's defaults, else every string key of
--- the first rows, sorted.
local function columns_for(rows)
  local first = rows[1]
  local k = kind(first)
  if k and default_columns[k] then return default_columns[k], right_aligned[k] or {} end
  local seen, columns = {}, {}
  for i = 1, math.min(#rows, 100) do
    local row = rows[i]
    if type(row) == "table" then
      for key in pairs(row) do
        if type(key) == "string" and not seen[key] then
          seen[key] = true
          columns[#columns + 1] = key
        end
      end
    end
  end
  sort(columns)
  return columns, {}
end

-- Counts are easier to compare as lengths: on a terminal, rows of counts (count_by,
-- histogram) get a bar each, in eighths of a character. Never in a pipe or a file.
local BAR_KINDS = {count = true, period = true}
local EIGHTHS = {"▏", "▎", "▍", "▌", "▋", "▊", "▉"}
local MIN_BAR_ROOM = 10

local function bar(value, largest, room)
  if type(value) ~= "number" or value <= 0 or largest <= 0 then return "" end
  local eighths = math.floor(value / largest * room * 8 + 0.5)
  local text = rep("█", eighths // 8) .. (eighths % 8 > 0 and EIGHTHS[eighths % 8] or "")
  -- A count above zero is never drawn as nothing.
  return text ~= "" and text or EIGHTHS[1]
end

--- The cells of the first `count` rows as `text_of` writes their values; each column's
--- width (at least its name's); whether it holds nothing but numbers and missing values;
--- and whether it holds a number at all. `show` and `markdown` align by these.
local function measure(rows, count, columns, getters, text_of)
  local texts, widths, numeric, numbers = {}, {}, {}, {}
  for c, column in ipairs(columns) do
    widths[c], numeric[c], numbers[c] = width(column), true, false
  end
  for r = 1, count do
    local row, line = rows[r], {}
    for c = 1, #columns do
      local value = type(row) == "table" and getters[c](row) or nil
      if value ~= nil then
        if type(value) ~= "number" then numeric[c] = false else numbers[c] = true end
      end
      local text = text_of(value)
      line[c] = text
      if width(text) > widths[c] then widths[c] = width(text) end
    end
    texts[r] = line
  end
  return texts, widths, numeric, numbers
end

--- Rows as an aligned table. On a terminal, columns shrink (widest first) to fit its width.
local function render_table(rows, columns, options)
  local align_right
  if columns == nil then columns, align_right = columns_for(rows) else align_right = {} end
  if #columns == 0 then return "(rows have no fields to show)" end
  local term = terminal_width()
  local limit = options.rows or (term and MAX_TERMINAL_ROWS) or #rows
  local shown = math.min(#rows, limit)
  local getters = {}
  for c, column in ipairs(columns) do
    lede.check_field(rows, column, "show", 2, 4)
    getters[c] = getter(column, "show", 2, 4)
  end
  -- A missing value is shown as one, not as a blank that reads like an empty string.
  local texts, widths, numeric, numbers = measure(rows, shown, columns, getters, function(value)
    return value == nil and NIL or cell(value)
  end)
  -- A column is right-aligned when it holds numbers and nothing else but missing values.
  for c = 1, #columns do numeric[c] = numeric[c] and numbers[c] end
  if term then
    local total = 2 * (#columns - 1)
    for c = 1, #columns do total = total + widths[c] end
    -- Narrow the widest column down to the next widest, then those together, and so on,
    -- so that no column is cut further than the others need.
    -- Prose (cells with spaces) gives way before ids and names without spaces.
    local prose = {}
    for r = 1, shown do
      for c = 1, #columns do
        if str_find(texts[r][c], " ", 1, true) then prose[c] = true end
      end
    end
    while total > term do
      local widest, second = nil, 0
      for pass = 1, 2 do
        for c = 1, #columns do
          local floor = math.max(8, width(columns[c]))
          if (pass == 2 or prose[c]) and widths[c] > floor and (widest == nil or widths[c] > widths[widest]) then widest = c end
        end
        if widest then break end
      end
      if widest == nil then break end
      for c = 1, #columns do
        if c ~= widest and (prose[c] or not prose[widest]) and widths[c] > second then second = widths[c] end
      end
      local floor = math.max(8, width(columns[widest]))
      local target = math.max(floor, second, widths[widest] - (total - term))
      if target >= widths[widest] then target = widths[widest] - 1 end
      total = total - (widths[widest] - target)
      widths[widest] = target
    end
  end
  local colour = use_colour()
  local out, header, rule = {}, {}, {}
  for c, column in ipairs(columns) do
    local right = numeric[c] or align_right[column]
    local text = pad(fit(column, widths[c]), widths[c], right)
    header[c] = colour and "\27[1m" .. text .. "\27[0m" or text
    rule[c] = rep("-", widths[c])
  end
  out[1] = str_gsub(concat(header, "  "), "%s+$", "")
  out[2] = concat(rule, "  ")
  local bars
  if term and BAR_KINDS[kind(rows[1])] then
    local used = 2 * (#columns - 1)
    for c = 1, #columns do used = used + widths[c] end
    local room, largest = term - used - 2, 0
    for r = 1, shown do
      local n = rows[r].n
      if type(n) == "number" and n > largest then largest = n end
    end
    if room >= MIN_BAR_ROOM then bars = {room = room, largest = largest} end
  end
  for r = 1, shown do
    local line = {}
    for c, column in ipairs(columns) do
      local right = numeric[c] or align_right[column]
      local text = pad(fit(texts[r][c], widths[c], align_right[column]), widths[c], right)
      if colour and texts[r][c] == NIL then text = str_gsub(text, NIL, "\27[2m" .. NIL .. "\27[0m") end
      line[c] = text
    end
    local text = concat(line, "  ")
    if bars then
      local drawn = bar(rows[r].n, bars.largest, bars.room)
      if drawn ~= "" then text = text .. "  " .. drawn end
    end
    out[#out + 1] = (str_gsub(text, "%s+$", ""))
  end
  if shown < #rows then
    out[#out + 1] = format("… %d more rows (%d in all; show(x, {rows = %d}) shows them)", #rows - shown, #rows, #rows)
  end
  return concat(out, "\n")
end

--- A record or a row as `field  value` lines under its name.
local function render_fields(v, options)
  local term = terminal_width()
  local k = kind(v)
  local spec = kinds[k]
  local names = {}
  if spec then
    for _, field in ipairs(spec.fields) do names[#names + 1] = field end
  else
    for key in pairs(v) do if type(key) == "string" then names[#names + 1] = key end end
    sort(names)
  end
  local present, widest = {}, 0
  for _, name in ipairs(names) do
    if v[name] ~= nil then
      present[#present + 1] = name
      widest = math.max(widest, width(name))
    end
  end
  local out = {spec and tostring(v) or "<" .. k .. ">"}
  for _, name in ipairs(present) do
    local value = v[name]
    do
      local text
      if type(value) == "table" and (is_record(value) or kind(value) == "list" and #value > 0 and is_record(value[1])) then
        text = tostring(value)
      elseif type(value) == "table" then
        text = literal(value, 1, {}, "", math.huge)
      else
        text = cell(value)
      end
      if term then text = fit(text, math.max(10, term - widest - 4)) end
      out[#out + 1] = "  " .. pad(name, widest) .. "  " .. text
    end
  end
  return concat(out, "\n")
end

local function tabular(v)
  if kind(v) == "list" then return true end
  return type(v) == "table" and lede.raw_metatable(v) == nil and #v > 0 and type(v[1]) == "table"
end

--- The text `show` prints for a value.
local function render(v, columns, options)
  options = options or {}
  local t = type(v)
  if t == "nil" then return "nil" end
  if t == "string" then return v end
  if t == "number" then return number_text(v) end
  if t == "boolean" then return tostring(v) end
  if t ~= "table" then return opaque(v) end
  if is_record(v) or kind(v) and kind(v) ~= "list" then return render_fields(v, options) end
  if tabular(v) then
    if #v == 0 then return "(empty list)" end
    if type(v[1]) == "table" then return render_table(v, columns, options) end
    local lines, term = {}, terminal_width()
    local shown = math.min(#v, options.rows or (term and MAX_TERMINAL_ROWS) or #v)
    for i = 1, shown do
      local item = v[i]
      local text = type(item) == "string" and item or literal(item, 1, {}, "", math.huge)
      lines[i] = term and fit(cell(text), term) or text
    end
    if shown < #v then lines[#lines + 1] = format("… %d more (%d in all)", #v - shown, #v) end
    return concat(lines, "\n")
  end
  local term = terminal_width()
  return literal(v, options.depth or 3, {}, "", term or 100)
end

function show(value, spec, ...)
  if select("#", ...) > 0 then lede.fail("show", "takes a value and an optional table of columns and options") end
  local columns, options = nil, {}
  if spec ~= nil then
    if type(spec) ~= "table" or kind(spec) then lede.bad_argument("show", 2, "table of columns", spec) end
    for i, column in ipairs(spec) do
      if type(column) ~= "string" then
        lede.bad_value("show", 2, format("column %d is a %s, not a field name", i, type(column)))
      end
    end
    if #spec > 0 then columns = {table_unpack(spec)} end
    options.rows, options.depth = spec.rows, spec.depth
    for _, name in ipairs({"rows", "depth"}) do
      local n = options[name]
      if n ~= nil and (math_type(n) ~= "integer" or n < 0) then
        lede.bad_value("show", 2, name .. " must be a whole number, 0 or more")
      end
    end
  end
  io_write(render(value, columns, options), "\n")
end

--- The REPL's printer: each value as `show` prints it, several on one line.
function lede.display(...)
  local n = select("#", ...)
  local parts = {}
  local multiline = false
  for i = 1, n do
    parts[i] = render((select(i, ...)))
    if str_find(parts[i], "\n") then multiline = true end
  end
  -- Values on one line, tab-separated as lua.c prints them; a table needs lines of its own.
  return concat(parts, multiline and "\n" or "\t")
end

lede.render, lede.cell, lede.number_text, lede.columns_for, lede.width = render, cell, number_text, columns_for, width
lede.measure, lede.pad = measure, pad
