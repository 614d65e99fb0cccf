-- Prints the corpus as one Lua file, `return { articles = {…}, actors = {…}, claims = {…},
-- quantities = {…} }`, holding the scalar fields lede hands Lua at start-up (links as
-- ids). scripts/bench times `lua5.4 FILE` on it: the floor for building the tables.
--
--   lede run --corpus DIR scripts/bench-tables.lua > tables.lua

local fields = {
  articles = { "id", "path", "title", "words", "encoding", "date", "author", "outlet", "url" },
  actors = { "id", "name", "type", "role" },
  claims = { "id", "paragraph", "sentence", "cue", "kind", "content", "start", "end", "speaker" },
  quantities = { "text", "kind", "value", "unit" },
}
local order = { "articles", "actors", "claims", "quantities" }
local lists = { articles = articles, actors = actors, claims = claims, quantities = quantities }

local identifier = {}
for _, names in pairs(fields) do
  for _, name in ipairs(names) do
    identifier[name] = name:match("^[%a_][%w_]*$") and name ~= "end"
  end
end

local buffer, size = {}, 0
local function emit(s)
  size = size + 1
  buffer[size] = s
  if size >= 4096 then
    io.write(table.concat(buffer, "", 1, size))
    buffer, size = {}, 0
  end
end

emit("return {\n")
for _, name in ipairs(order) do
  emit(name .. " = {\n")
  local names = fields[name]
  for _, item in ipairs(lists[name]) do
    emit("{")
    for _, field in ipairs(names) do
      local value = item[field]
      if field == "speaker" and value ~= nil then value = value.id end
      if value ~= nil then
        emit(identifier[field] and field or string.format("[%q]", field))
        emit("=")
        emit(string.format("%q", value))
        emit(",")
      end
    end
    emit("},\n")
  end
  emit("},\n")
end
emit("}\n")
io.write(table.concat(buffer, "", 1, size))
