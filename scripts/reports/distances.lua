-- Distances and numbers demanded: every distance in the corpus, in kilometres, with who
-- gave it.
--
-- Each row is one distance as written, its value in kilometres (miles and metres are
-- converted; a range shows both ends), the speaker of the claim it stands in, if any,
-- and the article. Sorted by distance, shortest first.
--
-- @param min_km number     Leave out distances shorter than this many kilometres.
-- @param max_km number     Leave out distances longer than this many kilometres.
-- @param format string = markdown  markdown or csv.

if params.format ~= "markdown" and params.format ~= "csv" then
  error("format must be markdown or csv, not '" .. params.format .. "'")
end

-- Kilometres as a reader wants them: whole numbers plain, others to a tenth.
local function km_text(km)
  return km == math.floor(km) and string.format("%d", km) or string.format("%.1f", km)
end

local rows = list()
for _, q in ipairs(quantities:where{kind = "distance"}) do
  local km = q.km
  if km and (not params.min_km or km >= params.min_km) and (not params.max_km or km <= params.max_km) then
    local claim = q.claim
    rows[#rows + 1] = {
      km = km,
      km_high = q.km_high,
      range = q.km_high and km_text(km) .. "–" .. km_text(q.km_high) or km_text(km),
      text = q.text,
      bound = q.bound,
      speaker = claim and claim.speaker and claim.speaker.name or (claim and "unattributed" or "reporter"),
      claim = claim and claim.id,
      article = q.article.id,
      date = q.date,
    }
  end
end
rows = rows:sort_by("article"):sort_by("km")

if params.format == "csv" then
  io.write(csv(rows, {"km", "km_high", "text", "bound", "speaker", "claim", "article", "date"}))
else
  print("# Distances")
  print()
  print(string.format("%d distances, in kilometres.", #rows))
  print()
  io.write(markdown(rows:map(function(r) return {km = r.range, text = r.text, speaker = r.speaker, article = r.article, date = r.date} end), {"km", "text", "speaker", "article", "date"}))
end
