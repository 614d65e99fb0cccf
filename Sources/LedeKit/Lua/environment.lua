-- The environment scripts run in: the same output for the same input, os.exit that ends
-- the run cleanly, and, under --sandbox, only the allowed parts of Lua's library.
-- Library chunks see copies of the standard tables; what scripts see is changed through
-- _G, the real global table.
local lede = ...
local type, next, ipairs, rawget, rawlen, error = type, next, ipairs, rawget, rawlen, error
local format, sort, tostring, math_type = string.format, table.sort, tostring, math.type
local raw_metatable, setmetatable = debug.getmetatable, setmetatable
local lua_pairs, lua_load, lua_loadfile, io_open, io_lines = pairs, load, loadfile, io.open, io.lines
local lua_xpcall, stopped, index_iterator = xpcall, lede.stopped, lede.index_iterator
local G = _G

-- Lua seeds its string hashes from addresses and the clock, so plain `pairs` visits keys
-- in a different order from run to run. This `pairs` sorts them: numbers ascending, then
-- strings in byte order, then false before true; other keys (tables, functions) follow
-- in Lua's own order, which cannot be made stable without addresses.
local rank = {number = 1, string = 2, boolean = 3}

local function key_before(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then return rank[ta] < rank[tb] end
  if ta == "boolean" then return b and not a end
  return a < b
end

function G.pairs(t)
  local mt = raw_metatable(t)
  if type(t) ~= "table" or (mt and mt.__pairs) then return lua_pairs(t) end
  local n, sequence = rawlen(t), true
  for key in next, t do
    if math_type(key) ~= "integer" or key < 1 or key > n then sequence = false; break end
  end
  if sequence then
    -- Only the keys 1..n (or none): their own order is the sorted one, and no sort is needed.
    return index_iterator(t), t, nil
  end
  local keys, others = {}, {}
  for key in next, t do
    if rank[type(key)] then keys[#keys + 1] = key else others[#others + 1] = key end
  end
  sort(keys, key_before)
  for i = 1, #others do keys[#keys + 1] = others[i] end
  local i = 0
  return function()
    while true do
      i = i + 1
      local key = keys[i]
      if key == nil then return nil end
      local value = rawget(t, key)
      -- A field cleared during the loop is skipped, as `next` would.
      if value ~= nil then return key, value end
    end
  end, t, nil
end

-- A message handler runs with hooks off, so once the run is stopped (a limit, os.exit,
-- Ctrl-C) it is skipped: a handler that loops could not be stopped.
function G.xpcall(f, handler, ...)
  return lua_xpcall(f, function(message)
    if stopped() then return message end
    return handler(message)
  end, ...)
end

-- A fixed seed: `math.random` repeats from run to run unless the script seeds it.
G.math.randomseed(0)

-- os.exit ends the run as an error would, so that lede still finishes the output file
-- (-o) or discards it, and reports the status; a pcall in the script cannot catch it.
G.os.exit = function(code) return lede.exit(code) end

local allow = lede.sandbox
if not allow then return end

local may_read = lede.may_read

local function deny(name)
  error(format("%s is not available in the sandbox (--sandbox); the README lists what is", name), 3)
end

-- Keeps only the allowed names of a table, in place (the string table is also the
-- strings' metatable's __index); a removed name raises an error that names it.
local function restrict(t, prefix, allowed)
  local removed = {}
  for name in next, t do
    if not allowed[name] then removed[#removed + 1] = name end
  end
  for _, name in ipairs(removed) do t[name] = nil end
  setmetatable(t, {
    __index = function(_, name)
      if type(name) == "string" and not allowed[name] then
        for _, gone in ipairs(removed) do
          if gone == name then deny(prefix .. name) end
        end
      end
      return nil
    end,
  })
end

local function check_read(path, function_name)
  -- Lua's file functions take numbers as names too: io.open(1) opens the file "1".
  if type(path) == "number" then path = tostring(path) end
  if type(path) ~= "string" then return end
  local ok, why = may_read(path)
  if not ok then error(format("%s: %s", function_name, why), 3) end
end

G.io.open = function(path, mode)
  mode = mode or "r"
  if mode ~= "r" and mode ~= "rb" then
    error(format("io.open: mode '%s' is not available in the sandbox: files are read-only there; "
      .. "write with write(), csv(), markdown() or json() into a --allow-write directory", tostring(mode)), 2)
  end
  check_read(path, "io.open")
  return io_open(path, mode)
end

G.io.lines = function(path, ...)
  if path ~= nil then check_read(path, "io.lines") end
  return io_lines(path, ...)
end

local function text_mode(mode, name)
  if mode ~= nil and mode ~= "t" then
    error(format("%s: only text chunks can be loaded in the sandbox (mode 't')", name), 3)
  end
  return "t"
end

-- `...` passes an environment only when one was given: an explicit nil is an environment.
G.load = function(chunk, name, mode, ...)
  return lua_load(chunk, name, text_mode(mode, "load"), ...)
end

G.loadfile = function(path, mode, ...)
  mode = text_mode(mode, "loadfile")
  if path ~= nil then check_read(path, "loadfile") end
  return lua_loadfile(path, mode, ...)
end

G.dofile = function(path)
  if path ~= nil then check_read(path, "dofile") end
  local chunk, message = lua_loadfile(path, "t")
  if not chunk then error(message, 2) end
  return chunk()
end

-- lede's own globals stay; everything else in _G must be on the list.
local globals = {}
for name in next, allow._G do globals[name] = true end
for _, section in ipairs({lede.reference.corpus, lede.reference.functions}) do
  for _, entry in ipairs(section) do globals[entry.name] = true end
end
globals.params = true

for table_name, names in next, allow do
  if table_name ~= "_G" then restrict(G[table_name], table_name .. ".", names) end
end
restrict(G, "", globals)
