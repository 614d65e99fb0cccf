import Corpus
import Foundation
import LedeKit
import LuaHost
import XCTest

/// Records are linked to each other, read-only, and print short.
final class LuaRecordTests: LuaAPITestCase {
    func testLinksAreTheRecordsThemselves() throws {
        let s = try session()
        XCTAssertEqual(try values("""
            local c = claims['bridge:3']
            return c.speaker == actor('Souza'), c.article == articles.bridge, c.corroborated_by[1] == claims['lisbon:1'],
                   c.speaker.claims[3] == c, articles.bridge.claims[3] == c
            """, session: s), [true, true, true, true, true])
        XCTAssertEqual(try joined("actors['ana-souza'].claims:pluck('id')", session: s), "bridge:1,bridge:2,bridge:3,lisbon:1")
        XCTAssertEqual(try joined("articles.lisbon.actors:pluck('id')", session: s), "ana-souza,jonas-meier")
        XCTAssertEqual(try joined("actor('Meier').articles:pluck('id')", session: s), "lisbon,zurich")
        XCTAssertEqual(try values("""
            local m = actor('Meier').mentions
            return #m, m[1].article.id, m[1].text, m[1].actor == actor('Meier'), m[3].text
            """, session: s), [3, "lisbon", "Jonas Meier", true, "Meier"])
        XCTAssertEqual(try values("""
            local q = quantities[1]
            return q.text, q.claim == claims['bridge:2'], claims['bridge:2'].quantities[1] == q, q.km, quantities[2].unit
            """, session: s), ["2 kilometre", true, true, 2.0, "percent"])
        XCTAssertEqual(try values("return claims['zurich:1'].date, claims['lisbon:1'].date, actor('Ana Souza').role", session: s),
                       ["2020-11-15", .nil, "São Paulo Mayor"])
    }

    /// Records are made on first touch: a count makes none, a read makes the one read, and
    /// the record made is the same value on every read after (so it can key a table).
    func testRecordsAreMadeWhenReachedAndOnlyOnce() throws {
        let s = try session()
        XCTAssertEqual(try values("return #claims, #actors, #articles, #quantities", session: s), [7, 4, 3, 2])
        XCTAssertEqual(s.recordsMade, 0, "counting makes no record")
        XCTAssertEqual(try values("local seen = {[claims[2]] = true} return claims[2] == claims[2], seen[claims[2]]", session: s), [true, true])
        XCTAssertEqual(s.recordsMade, 1, "one claim read, its links not followed")
        XCTAssertEqual(try values("return claims[2].speaker.id, claims['bridge:2'] == claims[2]", session: s), ["ana-souza", true])
        XCTAssertEqual(s.recordsMade, 2, "the speaker followed; the id finds the claim already made")
        XCTAssertEqual(try values("direct = claims:where{kind = 'direct'} return #direct, #direct:where{cue = 'told'}", session: s), [3, 1])
        XCTAssertEqual(s.recordsMade, 2, "a where on plain fields, and a where on its result, make no record")
        XCTAssertEqual(try values("return direct[3].kind, direct[3] == claims[direct[3].id]", session: s), ["direct", true])
        XCTAssertEqual(s.recordsMade, 3, "reading one match makes that claim only")
        XCTAssertEqual(try values("return claims:count_by('speaker')[2].n, #claims:count_by('article.id'), #claims:pluck('cue')", session: s),
                       [2, 3, 7])
        XCTAssertEqual(s.recordsMade, 4, "counting makes only the speaker of the row read, plucking nothing")
        XCTAssertEqual(try values("local g = claims:group_by('speaker.name')[1] return g.n, g.items[g.n].kind", session: s), [4, "direct"])
        XCTAssertEqual(s.recordsMade, 5, "a group by a name makes only the one item read")
        XCTAssertEqual(try values("return #claims:sort_by('cue', 'desc'), claims:sort_by('speaker.name'):sort_by('kind')[7].id", session: s),
                       [7, "zurich:1"])
        XCTAssertEqual(s.recordsMade, 6, "sorting by plain fields makes only the one claim read")
        XCTAssertEqual(try values("local n = 0 for i, c in pairs(claims) do n = n + i end return n, claims[8], claims[0]", session: s), [28, .nil, .nil])
    }

    /// `where`, `count_by` and `pluck` on a corpus list read Swift's columns; on a plain
    /// list of the same records they read the records. Both must give the same answer.
    func testQueriesOnCorpusListsAgreeWithTheSameQueriesOnRecords() throws {
        let seeds = URL(fileURLWithPath: Self.fixture).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path
        for session in [try session(), try Session(corpus: Corpus.load(paths: [seeds])), try Session(corpus: snapshotOfSeeds())] {
            let answers = try values("""
                local function copy(l) local t = {} for i = 1, #l do t[i] = l[i] end return list(t) end
                local function text(v)
                  if type(v) == "table" and v.id then return tostring(v.id) end
                  return tostring(v)
                end
                local function rows(r) local t = {} for i, row in ipairs(r) do t[i] = text(row.key) .. "=" .. row.n end return table.concat(t, ",") end
                local function ids(l) local t = {} for i, x in ipairs(l) do t[i] = text(x) end return table.concat(t, ",") end
                local function groups(r)
                  local t = {}
                  for i, row in ipairs(r) do t[i] = text(row.key) .. "=" .. row.n .. ":" .. ids(row.items) end
                  return table.concat(t, ",")
                end
                local checks, differ = 0, {}
                local function same(label, a, b) checks = checks + 1 if a ~= b then differ[#differ + 1] = label end end
                local queries = {
                  claims = {"speaker", "kind", "cue", "date", "article", "paragraph", "speaker_text", "addressee_text", "attribution_start",
                            "speaker.name", "speaker.type", "article.date", "speaker.affiliation.name", "addressee.id"},
                  actors = {"type", "role", "affiliation", "name", "affiliation.type"},
                  articles = {"date", "outlet", "author", "words", "date_source", "line"},
                  quantities = {"kind", "unit", "article", "claim", "value", "km", "bound", "date", "claim.speaker", "article.outlet"},
                }
                for _, name in ipairs({"claims", "actors", "articles", "quantities"}) do
                  local corpus_list = _G[name]
                  local plain = copy(corpus_list)
                  for _, field in ipairs(queries[name]) do
                    same(name .. ":count_by " .. field, rows(corpus_list:count_by(field)), rows(plain:count_by(field)))
                    same(name .. ":group_by " .. field, groups(corpus_list:group_by(field)), groups(plain:group_by(field)))
                    for _, order in ipairs({"asc", "desc"}) do
                      same(name .. ":sort_by " .. field .. " " .. order, ids(corpus_list:sort_by(field, order)), ids(plain:sort_by(field, order)))
                    end
                    local direct = corpus_list:where{[field] = false}
                    same(name .. ":where, then count_by " .. field, rows(direct:count_by(field)), rows(copy(direct):count_by(field)))
                    same(name .. ":where, then group_by " .. field, groups(direct:group_by(field)), groups(copy(direct):group_by(field)))
                    local reversed = corpus_list:sort_by("id", "desc")
                    same(name .. ":sort_by, where, count_by " .. field, rows(reversed:where{[field] = false}:count_by(field)),
                         rows(copy(reversed):where{[field] = false}:count_by(field)))
                    same(name .. ":sort_by, group_by " .. field, groups(reversed:group_by(field)), groups(copy(reversed):group_by(field)))
                    same(name .. ":sort_by, then sort_by " .. field, ids(corpus_list:sort_by("id", "desc"):sort_by(field)),
                         ids(plain:sort_by("id", "desc"):sort_by(field)))
                    same(name .. ":pluck " .. field, ids(corpus_list:pluck(field)), ids(plain:pluck(field)))
                    same(name .. ":where false " .. field, ids(corpus_list:where{[field] = false}), ids(plain:where{[field] = false}))
                    local first = plain:pluck(field)[1]
                    if first ~= nil then
                      same(name .. ":where " .. field, ids(corpus_list:where{[field] = first}), ids(plain:where{[field] = first}))
                    end
                  end
                end
                same("pattern", ids(claims:where{cue = "sa.*", kind = {direct = true, mixed = true}}),
                     ids(copy(claims):where{cue = "sa.*", kind = {direct = true, mixed = true}}))
                local someone = claims[1].speaker or actors[1]
                same("speaker by name", ids(claims:where{speaker = someone.name}), ids(copy(claims):where{speaker = someone.name}))
                return checks, table.concat(differ, "; ")
                """, session: session)
            XCTAssertGreaterThan(answers.first?.integerValue ?? 0, 100)
            XCTAssertEqual(answers.last, "", "queries that differ")
        }
    }

    /// The seeds as a cached run after the first two opens them: from the corpus snapshot,
    /// records decoded when reached, links read from stored columns.
    private func snapshotOfSeeds() throws -> Corpus { try seedsThroughASnapshot().opened }

    /// A copy of the seeds settled an hour ago, and the corpus a second cached load opens.
    private func seedsThroughASnapshot() throws -> (path: String, opened: Corpus) {
        let seeds = URL(fileURLWithPath: Self.fixture).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path
        let corpus = try temporaryDirectory() + "/seeds"
        try FileManager.default.copyItem(atPath: seeds, toPath: corpus)
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus) {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: corpus + "/" + name)
        }
        let cache = try temporaryDirectory()
        for _ in 0..<2 { _ = try Corpus.load(paths: [corpus], cache: ParseCache(directory: cache)) }
        let opened = try Corpus.load(paths: [corpus], cache: ParseCache(directory: cache))
        XCTAssertEqual(opened.cacheReport?.fromSnapshot, true)
        return (corpus, opened)
    }

    /// Every field of every record, every link and every query a script runs gives the
    /// same answer over a corpus opened from its snapshot as over the one parsed.
    func testACorpusOpenedFromItsSnapshotAnswersAsTheParsedOne() throws {
        let (seeds, snapshot) = try seedsThroughASnapshot()
        let script = """
            local out = {}
            local function put(...) local t = {} for i = 1, select('#', ...) do t[i] = tostring((select(i, ...))) end out[#out + 1] = table.concat(t, "|") end
            local function get(t, k) local ok, v = pcall(function() return t[k] end) if ok then return v end end
            local function id(r) return r and get(r, "id") end
            for _, kind in ipairs({"articles", "actors", "claims", "quantities"}) do
              put(kind, #_G[kind])
              for _, r in ipairs(_G[kind]) do
                local keys = {}
                for k in pairs(r) do keys[#keys + 1] = k end
                table.sort(keys)
                for _, k in ipairs(keys) do
                  local v = r[k]
                  if type(v) == "table" then v = get(v, "id") or #v end
                  put(kind, get(r, "id") or r.text, k, v)
                end
              end
            end
            for _, a in ipairs(actors) do put("mentions", a.id, #a.mentions, a.mentions[1] and a.mentions[1].text, #a.claims, #a.articles) end
            for _, a in ipairs(articles) do put("article links", a.id, #a.actors, #a.claims, #a.quantities, a.sentences[1] and a.sentences[1].text) end
            for _, c in ipairs(claims) do put("claim links", c.id, id(c.speaker), id(c.article), id(c.addressee), c.sentence_text, #c.via, #c.corroborated_by) end
            for _, row in ipairs(claims:count_by("speaker")) do put("count", id(row.key), row.n) end
            for _, row in ipairs(claims:count_by("speaker.affiliation.name")) do put("count", row.key, row.n) end
            for _, c in ipairs(claims:sort_by("date", "desc")) do put("sorted", c.id) end
            for _, c in ipairs(claims:where{kind = "direct"}) do put("direct", c.id) end
            for _, h in ipairs(search("minister")) do put("hit", h.article.id, h.start, h.sentence) end
            return table.concat(out, "\\n")
            """
        let parsed = try values(script, session: Session(corpus: Corpus.load(paths: [seeds]))).first?.stringValue ?? ""
        let opened = try values(script, session: Session(corpus: snapshot)).first?.stringValue ?? ""
        XCTAssertGreaterThan(parsed.split(separator: "\n").count, 2000)
        XCTAssertEqual(opened, parsed)
    }

    func testOffsetsPointIntoTheText() throws {
        XCTAssertEqual(try values("""
            local bad = {}
            for _, c in ipairs(claims) do
              local source = c.paragraph == 0 and c.article.title or c.article.text
              if source:sub(c.start, c['end']) ~= c.content then bad[#bad + 1] = c.id end
            end
            for _, a in ipairs(articles) do
              for _, s in ipairs(a.sentences) do
                if a.text:sub(s.start, s['end']) ~= s.text then bad[#bad + 1] = a.id .. ' sentence ' .. s.n end
              end
            end
            for _, q in ipairs(quantities) do
              if q.article.text:sub(q.start, q['end']) ~= q.text then bad[#bad + 1] = 'quantity ' .. q.id end
            end
            return table.concat(bad, ', ')
            """), [""])
    }

    func testUnicodeTextIsKeptWhole() throws {
        XCTAssertEqual(try values("local t = articles.zurich.title return t, #t, utf8.len(t)"),
                       ["Zürich votes on tram fares", 27, 26])
    }

    func testPairsWalksFieldsInDocumentedOrder() throws {
        XCTAssertEqual(try joined("(function() local keys = list() for k in pairs(claims['lisbon:1']) do keys[#keys + 1] = k end return keys end)()"),
                       "id,article,paragraph,sentence,sentence_text,speaker,speaker_text,cue,kind,content,start,end,attribution_start,attribution_end,via,quantities,corroborated_by")
        XCTAssertEqual(try values("local n = 0 for i, c in pairs(claims) do n = n + 1 end return n"), [7])
    }

    func testCorpusIsReadOnly() throws {
        let s = try session()
        XCTAssertEqual(try error("claims[1].speaker = nil", session: s),
                       "(command line):1: cannot set field 'speaker' of <claim bridge:1>: the corpus is read-only (copy what you need into a table of your own)")
        XCTAssertEqual(try error("articles[2] = {}", session: s),
                       "(command line):1: cannot set articles[2]: the corpus is read-only (build your own list, e.g. with :map or :where)")
        XCTAssertEqual(try error("actors.x = 1", session: s),
                       "(command line):1: cannot set actors[\"x\"]: the corpus is read-only (build your own list, e.g. with :map or :where)")
        XCTAssertEqual(try error("actor('Souza').aliases[1] = 'x'", session: s),
                       "(command line):1: cannot set actors[\"ana-souza\"].aliases[1]: the corpus is read-only (build your own list, e.g. with :map or :where)")
        XCTAssertEqual(try error("articles[1].sentences[1].text = ''", session: s),
                       "(command line):1: cannot set field 'text' of <sentence 1 of bridge>: the corpus is read-only (copy what you need into a table of your own)")
        XCTAssertEqual(try error("rawset(claims[1], 'speaker', 1)", session: s),
                       "(command line):1: cannot rawset into <claim bridge:1>: the corpus is read-only")
        XCTAssertEqual(try error("rawset(claims, 1, 1)", session: s),
                       "(command line):1: cannot rawset into <list of 7 claims>: the corpus is read-only")
        XCTAssertEqual(try error("setmetatable(claims[1], nil)", session: s),
                       "(command line):1: cannot change a protected metatable")
        XCTAssertTrue(try error("table.insert(claims, 1)", session: s).contains("cannot set claims[8]"))
        XCTAssertTrue(try error("table.sort(claims, function(a, b) return a.id > b.id end)", session: s).contains("cannot set claims["))
        // Nothing above changed anything.
        XCTAssertEqual(try values("return claims[1].speaker.id, #claims, claims[1].id, articles[2].id, actors.x, #actor('Souza').aliases",
                                  session: s), ["ana-souza", 7, "bridge:1", "lisbon", .nil, 2])
        // The tables behind the proxies cannot be reached through their metamethod names.
        XCTAssertEqual(try values("return claims[1].__index, articles.__index, claims.__items, getmetatable(claims[1])", session: s),
                       [.nil, .nil, .nil, "read-only claim"])
        // rawset still works on the script's own tables.
        XCTAssertEqual(try values("local t = {} rawset(t, 'a', 1) return t.a", session: s), [1])
    }

    /// The library captured the functions it calls when it loaded: a script that redefines
    /// them (or reaches them through the shared string metatable) changes its own calls only.
    func testRedefiningStandardFunctionsDoesNotBendTheLibrary() throws {
        let s = try session()
        let before = try values("""
            return csv(claims:first(2), {"id", "content"}), json(claims[1].content), claims:sort_by("speaker.name")[1].id,
                   #claims:where{content = "fares"}, show(actors)
            """, session: s)
        _ = try values("""
            string.gsub = function() return "BENT", 0 end
            string.gmatch = function() error("gmatch was redefined") end
            string.find, string.match, string.sub, string.lower = nil, nil, nil, nil
            table.concat = function() return "BENT" end
            table.sort = function() error("sort was redefined") end
            utf8.len = function() return 1 end
            """, session: s)
        let after = try values("""
            return csv(claims:first(2), {"id", "content"}), json(claims[1].content), claims:sort_by("speaker.name")[1].id,
                   #claims:where{content = "fares"}, show(actors)
            """, session: s)
        XCTAssertEqual(after, before)
        XCTAssertTrue(before.first.map { "\($0)".contains("bridge:1") } == true, "\(before)")
    }

    func testTostringIsShortAndReadable() throws {
        XCTAssertEqual(try values("""
            return tostring(claims['lisbon:1']), tostring(actor('Souza')), tostring(articles.zurich), tostring(quantities[2]),
                   tostring(actor('Meier').mentions[1]), tostring(articles.bridge.sentences[1]), tostring(claims),
                   tostring(claims:first(1)), tostring(list()), tostring(actor('Souza').aliases)
            """), ["<claim lisbon:1>", "<actor ana-souza>", "<article zurich>", "<quantity 2: 5 percent>",
                   "<mention \"Jonas Meier\" of jonas-meier>", "<sentence 1 of bridge>", "<list of 7 claims>",
                   "<list of 1 claim>", "<empty list>", "<list of 2 items>"])
    }

    func testLookups() throws {
        let s = try session()
        XCTAssertEqual(try joined("list{actor('ana-souza'), actor('ANA SOUZA'), actor('souza'), actor('the Green Party')}:pluck('id')",
                                  session: s), "ana-souza,ana-souza,ana-souza,green-party")
        XCTAssertEqual(try values("return actor('nobody'), actor(actor('Meier')).id", session: s), [.nil, "jonas-meier"])
        XCTAssertEqual(try error("actor(1)", session: s), "(command line):1: bad argument #1 to 'actor' (string expected, got number)")
        // By id, unique id prefix, position, then title pattern (case-sensitive, as Lua patterns are).
        XCTAssertEqual(try values("return article('zurich').id, article('zur').id, article(2).id, article('tram').id, article('Tram'), article('%d')",
                                  session: s), ["zurich", "zurich", "lisbon", "zurich", .nil, .nil])
        XCTAssertEqual(try values("return article(''), article(2.0).id, article(2.5)", session: s), [.nil, "lisbon", .nil])
        XCTAssertEqual(try error("article(true)", session: s),
                       "(command line):1: bad argument #1 to 'article' (string or number expected, got boolean)")
    }

    func testQuotesGroupCorroboratedClaims() throws {
        XCTAssertEqual(try values("""
            local q = quotes()
            return #q, q[1].content, q[1].n, q[1].outlets, q[1].unknown, table.concat(q[1].claims:pluck('id'), ','), q[2].n
            """), [6, "We will finish the bridge by 2023", 2, 0, 2, "bridge:3,lisbon:1", 1])
    }
}
