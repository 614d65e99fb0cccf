-- Deterministic synthetic corpus for scripts/bench.
--
--   lua5.4 scripts/bench-corpus.lua SEEDS_DIR OUT_DIR COUNT NAMES_FILE
--
-- Writes COUNT articles OUT_DIR/000/000000.txt … (1,000 files a folder) made from the
-- seeds: each takes a seed article's header and footer as its template and 4–14 body
-- units (a long line, or a run of short ones such as a list or a newsletter box) drawn
-- from all the seeds, shuffled; people are renamed and dates shifted per article.
--
-- NAMES_FILE: one person a line, as lede found them in the seeds: the name, then
-- optionally its aliases, tab-separated ("Avigdor Lieberman<TAB>Liberman"). A one-word
-- alias is a surname; a name's last word is its surname too. Each person is replaced,
-- per article, by one of ~500 synthetic people (syllables), so names recur across articles.
--
-- Same bytes on every machine and run: the only randomness is splitmix64 below, seeded
-- by the article's number (not math.random, whose algorithm may change between Lua
-- versions), and the seeds are read in sorted order.

local GENERATOR_VERSION = 1 -- bump when the output changes; scripts/bench also hashes this file

local seeds_dir, out_dir, count, names_file = arg[1], arg[2], tonumber(arg[3]), arg[4]
if not (seeds_dir and out_dir and count and names_file) then
  io.stderr:write("usage: lua5.4 bench-corpus.lua SEEDS_DIR OUT_DIR COUNT NAMES_FILE\n")
  os.exit(2)
end
count = math.tointeger(count) or error("COUNT must be an integer")

local LONG = 150 -- bytes: a line this long is a paragraph of the story, not furniture
local POOL_PEOPLE = 500
local MAX_SHIFT_DAYS = 730

local function shell_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local function read_file(path)
  local f = assert(io.open(path, "rb"))
  local text = f:read("a")
  f:close()
  return text
end

-- splitmix64: 64-bit integer arithmetic wraps in Lua 5.4, >> is a logical shift.
local function rng(seed)
  local state = seed
  local function next64()
    state = state + 0x9E3779B97F4A7C15
    local z = state
    z = (z ~ (z >> 30)) * 0xBF58476D1CE4E5B9
    z = (z ~ (z >> 27)) * 0x94D049BB133111EB
    return z ~ (z >> 31)
  end
  next64() -- decorrelate neighbouring seeds
  local r = {}
  function r.int(lo, hi) return lo + (next64() >> 1) % (hi - lo + 1) end -- lo..hi
  function r.float() return (next64() >> 11) * (1.0 / 9007199254740992.0) end -- [0, 1)
  return r
end

-- Civil dates (Howard Hinnant's days_from_civil / civil_from_days), proleptic Gregorian.
local function days_from_civil(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = (153 * mp + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

local function civil_from_days(z)
  z = z + 719468
  local era = (z >= 0 and z or z - 146096) // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  if m <= 2 then y = y + 1 end
  return y, m, d
end

local MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December" }
local MONTH_ABBR = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" }
local WEEKDAYS = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" }
local WEEKDAY_ABBR = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" }
local month_of, weekday_style = {}, {}
for i, name in ipairs(MONTHS) do month_of[name] = { i, "full" } end
for i, name in ipairs(MONTH_ABBR) do if not month_of[name] then month_of[name] = { i, "abbr" } end end
month_of.Sept = { 9, "abbr" }
for _, name in ipairs(WEEKDAYS) do weekday_style[name] = "full" end
for _, name in ipairs(WEEKDAY_ABBR) do weekday_style[name] = "abbr" end

local function valid(y, m, d)
  if m < 1 or m > 12 or d < 1 or d > 31 then return false end
  local y2, m2, d2 = civil_from_days(days_from_civil(y, m, d))
  return y2 == y and m2 == m and d2 == d
end

local function month_name(m, style) return style == "full" and MONTHS[m] or MONTH_ABBR[m] end

-- A date piece written again, `shift` days later, in the style it was found in.
local function render_date(p, shift)
  local y, m, d = civil_from_days(p.days + shift)
  if p.form == "iso" then return string.format("%04d-%02d-%02d", y, m, d) end
  local month = month_name(m, p.mstyle) .. p.dot
  local text
  if p.form == "dmy" then text = string.format("%d %s %d", d, month, y)
  elseif p.form == "md" then text = string.format("%s %d", month, d)
  else text = string.format("%s %d, %d", month, d, y) end
  if p.wstyle then
    local w = (p.days + shift + 4) % 7 + 1 -- 1970-01-01 was a Thursday
    text = (p.wstyle == "full" and WEEKDAYS[w] or WEEKDAY_ABBR[w]) .. ", " .. text
  end
  return text
end

-- Templates: text with its names and dates replaced by markers "\0N\0" that index a
-- list of pieces; generation fills the pieces in for each article.
local pieces = {}
local function marker(piece)
  pieces[#pieces + 1] = piece
  return "\0" .. #pieces .. "\0"
end

local function mark_dates(text)
  -- "Tue, May 29, 2018", "May 29, 2018", "May 29", "29 May 2018", "2018-05-29"
  text = text:gsub("%f[%w](%u%l+), (%u%l+)(%.?) (%d%d?), (%d%d%d%d)%f[%D]", function(w, mon, dot, d, y)
    local mm = month_of[mon]
    if not (weekday_style[w] and mm and valid(tonumber(y), mm[1], tonumber(d))) then return nil end
    return marker { kind = "date", form = "mdy", mstyle = mm[2], dot = dot, wstyle = weekday_style[w],
      days = days_from_civil(tonumber(y), mm[1], tonumber(d)) }
  end)
  text = text:gsub("%f[%w](%u%l+)(%.?) (%d%d?), (%d%d%d%d)%f[%D]", function(mon, dot, d, y)
    local mm = month_of[mon]
    if not (mm and valid(tonumber(y), mm[1], tonumber(d))) then return nil end
    return marker { kind = "date", form = "mdy", mstyle = mm[2], dot = dot,
      days = days_from_civil(tonumber(y), mm[1], tonumber(d)) }
  end)
  text = text:gsub("%f[%w](%d%d?) (%u%l+)(%.?) (%d%d%d%d)%f[%D]", function(d, mon, dot, y)
    local mm = month_of[mon]
    if not (mm and valid(tonumber(y), mm[1], tonumber(d))) then return nil end
    return marker { kind = "date", form = "dmy", mstyle = mm[2], dot = dot,
      days = days_from_civil(tonumber(y), mm[1], tonumber(d)) }
  end)
  text = text:gsub("%f[%d](%d%d%d%d)%-(%d%d)%-(%d%d)%f[%D]", function(y, m, d)
    y, m, d = tonumber(y), tonumber(m), tonumber(d)
    if not valid(y, m, d) then return nil end
    return marker { kind = "date", form = "iso", days = days_from_civil(y, m, d) }
  end)
  -- A day without a year ("on May 10") moves with the rest; 2018 is the seeds' year.
  text = text:gsub("%f[%w](%u%l+)(%.?) (%d%d?)%f[%D]", function(mon, dot, d)
    local mm = month_of[mon]
    if not (mm and valid(2018, mm[1], tonumber(d))) then return nil end
    return marker { kind = "date", form = "md", mstyle = mm[2], dot = dot,
      days = days_from_civil(2018, mm[1], tonumber(d)) }
  end)
  return text
end

-- People: every spelling of every person, longest first, as whole words.
local people, variants = {}, {}
for line in io.lines(names_file) do
  if line:find("%S") then
    local fields = {}
    for field in line:gmatch("[^\t]+") do
      field = field:match("^%s*(.-)%s*$")
      if field ~= "" then fields[#fields + 1] = field end
    end
    people[#people + 1] = fields[1]
    local k = #people
    local seen = {}
    local function add(text, form)
      if text ~= "" and not seen[text] then
        seen[text] = true
        variants[#variants + 1] = { text = text, person = k, form = form }
      end
    end
    for _, name in ipairs(fields) do
      if name:find(" ") then
        add(name, "full")
        add(name:match("(%S+)$"), "sur")
      else
        add(name, "sur")
      end
    end
  end
end
table.sort(variants, function(a, b)
  if #a.text ~= #b.text then return #a.text > #b.text end
  return a.text < b.text
end)
for _, v in ipairs(variants) do
  v.pattern = "%f[%w]" .. v.text:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0") .. "%f[%W]"
end

local function mark_names(text)
  for _, v in ipairs(variants) do
    text = text:gsub(v.pattern, function() return marker { kind = "name", person = v.person, form = v.form } end)
  end
  return text
end

local function template(text)
  local t = {}
  local pos = 1
  text = mark_names(mark_dates(text))
  while true do
    local s, e, n = text:find("\0(%d+)\0", pos)
    if not s then break end
    if s > pos then t[#t + 1] = text:sub(pos, s - 1) end
    t[#t + 1] = pieces[tonumber(n)]
    pos = e + 1
  end
  if pos <= #text then t[#t + 1] = text:sub(pos) end
  return t
end

-- Seeds: units are long lines, or runs of short lines within a blank-line block; the
-- header is what comes before the first long line, the footer what follows the last.
local function list_seeds(dir)
  local names = {}
  local p = assert(io.popen("ls -1 " .. shell_quote(dir)))
  for name in p:lines() do if name:match("%.txt$") then names[#names + 1] = name end end
  p:close()
  table.sort(names)
  return names
end

local templates, pool = {}, {}
for _, name in ipairs(list_seeds(seeds_dir)) do
  local text = read_file(seeds_dir .. "/" .. name):gsub("\r\n?", "\n")
  local units = {}
  for block in (text .. "\n\n"):gmatch("(.-)\n%s*\n") do
    local run = nil
    for line in (block .. "\n"):gmatch("(.-)\n") do
      line = line:gsub("%s+$", "")
      if line ~= "" then
        if #line >= LONG then
          if run then units[#units + 1] = { text = table.concat(run, "\n") }; run = nil end
          units[#units + 1] = { text = line, long = true }
        else
          run = run or {}
          run[#run + 1] = line
        end
      end
    end
    if run then units[#units + 1] = { text = table.concat(run, "\n") } end
  end
  local first, last
  for i, u in ipairs(units) do
    if u.long then first = first or i; last = i end
  end
  if first then
    local head, foot = {}, {}
    for i = 1, first - 1 do head[#head + 1] = units[i].text end
    for i = last + 1, #units do foot[#foot + 1] = units[i].text end
    for i = first, last do pool[#pool + 1] = template(units[i].text) end
    templates[#templates + 1] = {
      head = #head > 0 and template(table.concat(head, "\n\n")) or nil,
      foot = #foot > 0 and template(table.concat(foot, "\n\n")) or nil,
    }
  end
end
assert(#templates > 0 and #pool >= 14, "the seeds hold too few paragraphs")

-- Synthetic people: a first name and a surname from syllables; surnames unique, so
-- that lede can join a bare surname to its person.
local ONSETS = { "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
  "br", "ch", "dr", "gr", "kr", "sh", "st", "tr", "y" }
local VOWELS = { "a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ou", "ia" }
local CODAS = { "", "", "n", "r", "l", "s", "m", "v", "sk", "nd", "th", "z" }
local MIDDLE_CODAS = { "n", "r", "l", "m" }
local synthetic = {}
do
  local r = rng(0x6C656465) -- "lede"
  local function word(syllables)
    local parts = {}
    for i = 1, syllables do
      local onset = ONSETS[r.int(1, #ONSETS)]
      if i > 1 and #onset > 1 then onset = onset:sub(1, 1) end -- no "rkr" inside a word
      parts[#parts + 1] = onset .. VOWELS[r.int(1, #VOWELS)]
      if i == syllables then parts[#parts + 1] = CODAS[r.int(1, #CODAS)]
      elseif r.int(1, 4) == 1 then parts[#parts + 1] = MIDDLE_CODAS[r.int(1, #MIDDLE_CODAS)] end
    end
    local w = table.concat(parts)
    return w:sub(1, 1):upper() .. w:sub(2)
  end
  local taken = {}
  for _, v in ipairs(variants) do taken[v.text] = true end
  while #synthetic < POOL_PEOPLE do
    local first, sur = word(2), word(r.int(2, 3))
    if not taken[sur] and not taken[first] then
      taken[sur] = true
      synthetic[#synthetic + 1] = { full = first .. " " .. sur, sur = sur }
    end
  end
end
-- Each seed person stands for a share of the synthetic people, so a synthetic person
-- keeps the kind of role (a foreign minister, a reporter) wherever it appears.
local shares = {}
for k = 1, #people do shares[k] = {} end
if #people > 0 then
  for j = 1, POOL_PEOPLE do table.insert(shares[(j - 1) % #people + 1], j) end
end

-- Articles.
local function render(t, cast, shift, out)
  for _, p in ipairs(t) do
    if type(p) == "string" then out[#out + 1] = p
    elseif p.kind == "name" then out[#out + 1] = synthetic[cast[p.person]][p.form]
    else out[#out + 1] = render_date(p, shift) end
  end
end

local made_dirs = {}
local order = {}
for i = 0, count - 1 do
  local r = rng(0x62656E6368 + i * 0x100000001B3)
  local tpl = templates[r.int(1, #templates)]
  local shift = r.int(0, MAX_SHIFT_DAYS)
  -- 4–14 units, most often 8–10: the sum of two draws of 0–5.
  local n = 4 + r.int(0, 5) + r.int(0, 5)
  -- A partial Fisher–Yates shuffle of the pool picks n distinct units.
  for j = 1, #pool do order[j] = j end
  for j = 1, n do
    local k = r.int(j, #pool)
    order[j], order[k] = order[k], order[j]
  end
  -- A few of each share's people recur far more than the rest.
  local cast = {}
  for k = 1, #people do
    local share = shares[k]
    cast[k] = share[1 + math.floor(#share * r.float() ^ 2)]
  end
  local out = {}
  if tpl.head then render(tpl.head, cast, shift, out); out[#out + 1] = "\n\n" end
  for j = 1, n do
    render(pool[order[j]], cast, shift, out)
    out[#out + 1] = "\n\n"
  end
  if tpl.foot then render(tpl.foot, cast, shift, out); out[#out + 1] = "\n" end
  local text = table.concat(out):gsub("\n\n$", "\n")

  local dir = string.format("%s/%03d", out_dir, i // 1000)
  if not made_dirs[dir] then
    assert(os.execute("mkdir -p " .. shell_quote(dir)))
    made_dirs[dir] = true
  end
  local f = assert(io.open(string.format("%s/%06d.txt", dir, i), "wb"))
  f:write(text)
  f:close()
end
io.stderr:write(string.format("bench-corpus v%d: %d articles in %s (%d templates, %d paragraphs, %d people -> %d synthetic)\n",
  GENERATOR_VERSION, count, out_dir, #templates, #pool, #people, #synthetic))
