-- Reading the text: `search`, `kwic`, `cooccur`, `timeline`, `histogram`.
local lede = ...
local kind, bad_argument, bad_value, fail, list = lede.kind, lede.bad_argument, lede.bad_value, lede.fail, lede.list
local format, find, sub, byte, lower = string.format, string.find, string.sub, string.byte, string.lower
local table_sort, utf8_offset = table.sort, utf8.offset
local str_gsub, str_match, tonumber = string.gsub, string.match, tonumber
local type, ipairs, setmetatable, math_type = type, ipairs, setmetatable, math.type

--- Lower-cases a Lua pattern's letters, but not the class letters after `%` (`%S` stays).
local function lower_pattern(pattern)
  return (str_gsub(pattern, "(%%?)(.)", function(escape, c)
    if escape == "%" then return escape .. c end
    return lower(c)
  end))
end

--- Is there a capital letter in the text (for a pattern, outside `%` classes)?
local function has_capital(text, is_pattern)
  if is_pattern then
    if find(text, "%%[uU]") then return true end  -- %u asks for capitals: case matters
    text = str_gsub(text, "%%.", "")
  end
  return find(text, "%u") ~= nil
end

local function is_continuation(b) return b ~= nil and b >= 0x80 and b < 0xC0 end

--- The options `search` and `kwic` share, checked; `n` is the options' argument position.
local function search_plan(fname, text, options, n)
  if type(text) ~= "string" then bad_argument(fname, 1, "string", text, 4) end
  if text == "" then bad_value(fname, 1, "empty search text", 4) end
  if options ~= nil and (type(options) ~= "table" or kind(options)) then
    bad_argument(fname, n, "table of options", options, 4)
  end
  options = options or {}
  local is_pattern = options.pattern and true or false
  local ignore_case
  if options.case == nil then ignore_case = not has_capital(text, is_pattern) else ignore_case = not options.case end
  local needle = text
  if ignore_case then needle = is_pattern and lower_pattern(text) or lower(text) end
  local scope = options.articles or lede.article_records
  if type(scope) ~= "table" or lede.is_record(scope) then fail(fname, "option 'articles' must be a list of articles", 3) end
  if is_pattern then
    local ok, message = pcall(find, "", needle)
    if not ok then fail(fname, "bad pattern: " .. str_gsub(message, "^.-:%d+: ", ""), 3) end
  end
  return {needle = needle, plain = not is_pattern, ignore_case = ignore_case, scope = scope}
end

--- The sentence of `a` that holds byte `offset` (the one before it when it falls between).
local function sentence_at(a, offset)
  local sentences = a.sentences
  local low, high = 1, #sentences
  local found = nil
  while low <= high do
    local mid = (low + high) // 2
    if sentences[mid].start <= offset then found = mid; low = mid + 1 else high = mid - 1 end
  end
  return found and sentences[found] or sentences[1]
end

--- Calls visit(article, start, end) for each match, in corpus order.
local function each_match(plan, fname, visit)
  for _, a in ipairs(plan.scope) do
    -- Level 3 is the script's line: search and kwic tail-call match_rows, which calls this.
    if kind(a) ~= "article" then fail(fname, "option 'articles' must hold only articles, found " .. lede.describe(a), 3) end
    local text = a.text
    local haystack = plan.ignore_case and lower(text) or text
    local init = 1
    while init <= #haystack do
      local s, e = find(haystack, plan.needle, init, plan.plain)
      if not s then break end
      if e >= s then
        visit(a, s, e)
        init = e + 1
      else
        init = s + 1  -- an empty match: step past it
      end
    end
  end
end

local Hit = lede.row_kind("hit")

--- The rows of every match of `plan`, each made by `row(article, start, end, paragraph,
--- sentence, context)` with the place of the sentence the match starts in. Plain text over
--- every article is found in Swift (`lede.search_text`) and each row made when first
--- read; anything else (a pattern, a list of articles) by the loop above, which stays
--- the reference the Swift search is tested against.
local function match_rows(plan, fname, row)
  if plan.plain and plan.scope == lede.article_records then
    local n, hit = lede.search_text(plan.needle, plan.ignore_case)
    local articles = lede.article_records
    return lede.lazy_list(n, function(i)
      local position, paragraph, sentence, s, e, context = hit(i)
      return row(articles[position], s, e, paragraph, sentence, context)
    end)
  end
  local rows = list()
  each_match(plan, fname, function(a, s, e)
    local sentence = sentence_at(a, s)
    rows[#rows + 1] = row(a, s, e, sentence and sentence.paragraph, sentence and sentence.n, sentence and sentence.text)
  end)
  return rows
end

function search(text, options)
  local plan = search_plan("search", text, options, 2)
  return match_rows(plan, "search", function(a, s, e, paragraph, sentence, context)
    return setmetatable({
      article = a, paragraph = paragraph, sentence = sentence,
      start = s, ["end"] = e, text = sub(a.text, s, e), context = context,
    }, Hit)
  end)
end

local Kwic = lede.row_kind("kwic")
Kwic.__tostring = function(row) return row.left .. " [" .. row.match .. "] " .. row.right end

local function flatten(text) return (str_gsub(text, "%s+", " ")) end

--- The last `width` characters of text[.. s-1] and the first `width` of text[e+1 ..],
--- cut on character boundaries.
local function context(text, s, e, width)
  local from = math.max(1, s - width * 4)
  while from > 1 and is_continuation(byte(text, from)) do from = from - 1 end
  local left = flatten(sub(text, from, s - 1))
  local cut = utf8_offset(left, -width)
  if cut and cut > 1 then left = sub(left, cut) end
  local to = math.min(#text, e + width * 4)
  while to < #text and is_continuation(byte(text, to + 1)) do to = to + 1 end
  local right = flatten(sub(text, e + 1, to))
  cut = utf8_offset(right, width + 1)
  if cut then right = sub(right, 1, cut - 1) end
  return left, right
end

function kwic(text, width, options)
  if width == nil then width = 30 end
  if math_type(width) ~= "integer" and not (type(width) == "number" and width == width // 1) then
    bad_argument("kwic", 2, "whole number", width)
  end
  if width < 1 then bad_value("kwic", 2, "the width must be at least 1") end
  width = math.tointeger(math.min(width, 1e6) // 1)
  local plan = search_plan("kwic", text, options, 3)
  return match_rows(plan, "kwic", function(a, s, e, _, sentence)
    local left, right = context(a.text, s, e, width)
    return setmetatable({
      article = a, sentence = sentence, start = s, ["end"] = e,
      left = left, match = flatten(sub(a.text, s, e)), right = right,
    }, Kwic)
  end)
end

local Cooccurrence = lede.row_kind("cooccurrence")

local function need_actor(fname, x, n)
  if kind(x) == "actor" then return x end
  if type(x) ~= "string" then bad_argument(fname, n, "actor or name", x, 4) end
  local position = lede.find_actor(x)
  return position and lede.actor_records[position]
    or fail(fname, format("no actor named %q (actors:where{name = \"…\"} lists them)", x), 3)
end

function cooccur(a, b)
  a, b = need_actor("cooccur", a, 1), need_actor("cooccur", b, 2)
  local where_a = {}
  for _, m in ipairs(a.mentions) do
    local sentences = where_a[m.article] or {}
    where_a[m.article] = sentences
    sentences[m.sentence] = m.paragraph
  end
  local rows, seen = {}, {}
  for _, m in ipairs(b.mentions) do
    local sentences = where_a[m.article]
    local key = m.article.id .. "\0" .. m.sentence
    if sentences and sentences[m.sentence] ~= nil and not seen[key] then
      seen[key] = true
      local text = m.sentence == 0 and m.article.title or m.article.sentences[m.sentence].text
      rows[#rows + 1] = setmetatable({article = m.article, paragraph = m.paragraph, sentence = m.sentence, text = text},
        Cooccurrence)
    end
  end
  table_sort(rows, function(x, y)
    if x.article ~= y.article then return x.article.__i < y.article.__i end
    return x.sentence < y.sentence
  end)
  local shared, listed = list(), {}
  for _, row in ipairs(rows) do
    if not listed[row.article] then
      listed[row.article] = true
      shared[#shared + 1] = row.article
    end
  end
  return list(rows), shared
end

local function date_of(item)
  local date = lede.field(item, "date")
  if date == nil then date = lede.field(lede.field(item, "article"), "date") end
  return date
end

local Period = lede.row_kind("period")

--- Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
local function day_number(y, m, d)
  y = m <= 2 and y - 1 or y
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local doy = (153 * (m + (m > 2 and -3 or 9)) + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

local function civil(days)
  days = days + 719468
  local era = (days >= 0 and days or days - 146096) // 146097
  local doe = days - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp + (mp < 10 and 3 or -9)
  return yoe + era * 400 + (m <= 2 and 1 or 0), m, d
end

--- The ISO week of a day number: its year and week ("2018-W21"); weeks start on Monday
--- and week 1 holds the year's first Thursday.
local function iso_week(days)
  local weekday = (days + 3) % 7          -- 0 Monday … 6 Sunday (1970-01-01 was a Thursday)
  local thursday = days - weekday + 3
  local year = civil(thursday)
  local week = (thursday - day_number(year, 1, 1)) // 7 + 1
  return year, week
end

local PERIODS = {
  year = function(y) return format("%04d", y) end,
  month = function(y, m) return format("%04d-%02d", y, m) end,
  week = function(y, m, d) local wy, w = iso_week(day_number(y, m, d)); return format("%04d-W%02d", wy, w) end,
  day = function(y, m, d) return format("%04d-%02d-%02d", y, m, d) end,
}
-- The next period's first day, to walk from the first period to the last with none left out.
local NEXT = {
  year = function(y) return y + 1, 1, 1 end,
  month = function(y, m) if m == 12 then return y + 1, 1, 1 end return y, m + 1, 1 end,
  week = function(y, m, d) return civil(day_number(y, m, d) + 7) end,
  day = function(y, m, d) return civil(day_number(y, m, d) + 1) end,
}

--- histogram(list, field, period): how many items fall in each period, every period from
--- the first to the last, empty ones included, as rows {period, n}.
function histogram(items, key, period)
  if type(items) ~= "table" or lede.is_record(items) then bad_argument("histogram", 1, "list", items) end
  key = key or "date"
  if type(key) ~= "string" then bad_argument("histogram", 2, "field name", key) end
  period = period or "month"
  if not PERIODS[period] then bad_value("histogram", 3, "period must be \"day\", \"week\", \"month\" or \"year\"") end
  if #items > 0 and key ~= "date" then lede.check_field(items, key, "histogram", 2) end
  local get = key == "date" and date_of or lede.getter(key, "histogram", 2)
  local counts, first, last, left_out = {}, nil, nil, 0
  for i = 1, #items do
    local value = get(items[i])
    local y, m, d
    if type(value) == "string" then y, m, d = str_match(value, "^(%d%d%d%d)%-(%d%d)%-(%d%d)") end
    if y then
      y, m, d = tonumber(y), tonumber(m), tonumber(d)
      local name = PERIODS[period](y, m, d)
      counts[name] = (counts[name] or 0) + 1
      local day = day_number(y, m, d)
      if not first or day < first then first = day end
      if not last or day > last then last = day end
    else
      left_out = left_out + 1
    end
  end
  local rows = list()
  if first then
    local y, m, d = civil(first)
    local stop = PERIODS[period](civil(last))
    while true do
      local name = PERIODS[period](y, m, d)
      if rows[#rows] == nil or rows[#rows].period ~= name then
        rows[#rows + 1] = setmetatable({period = name, n = counts[name] or 0}, Period)
      end
      if name == stop then break end
      y, m, d = NEXT[period](y, m, d)
    end
  end
  return rows, left_out
end

function timeline(items)
  if type(items) ~= "table" or lede.is_record(items) then bad_argument("timeline", 1, "list", items) end
  local copy, keys = {}, {}
  for i = 1, #items do
    copy[i] = items[i]
    keys[i] = date_of(items[i])
  end
  return lede.stable_sort(copy, keys, false)
end
