import Corpus
import Foundation
import LedeKit
import LuaHost
import XCTest

/// search, kwic, cooccur and timeline.
final class LuaTextToolTests: LuaAPITestCase {
    func testSearchFindsEveryHitWithItsPlace() throws {
        let s = try session()
        // "bridge" (no capital: case ignored) is in bridge's first two paragraphs and lisbon's second.
        XCTAssertEqual(try joined("search('bridge'):map(function(h) return h.article.id .. '/' .. h.paragraph .. '/' .. h.sentence end)",
                                  session: s), "bridge/1/1,bridge/2/2,lisbon/2/2")
        XCTAssertEqual(try values("""
            local bad = 0
            for _, h in ipairs(search('bridge')) do
              if h.article.text:sub(h.start, h['end']) ~= h.text or not h.context:find(h.text, 1, true) then bad = bad + 1 end
            end
            return bad, search('bridge')[3].context
            """, session: s), [0, "“We will finish the bridge by 2023,” Souza said."])
        XCTAssertEqual(try values("return #search('Bridge'), #search('BRIDGE', {case = false}), #search('bridge', {case = true})",
                                  session: s), [0, 3, 3])
        XCTAssertEqual(try values("local h = search('%d+ percent', {pattern = true}) return #h, h[1].text", session: s), [1, "5 percent"])
        XCTAssertEqual(try values("return #search('bridge', {articles = {articles.lisbon}})", session: s), [1])
        XCTAssertEqual(try values("local h = search('tietê') return #h, h[1].text", session: s), [1, "Tietê"])
        XCTAssertEqual(try values("return #search('no such words')", session: s), [0])
    }

    /// Plain search (and kwic) over every article runs in Swift; over a list of articles it
    /// runs the Lua loop. Both must give the same rows, field for field.
    func testSearchInSwiftFindsWhatTheLuaLoopFinds() throws {
        let seeds = URL(fileURLWithPath: Self.fixture).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path
        for session in [try session(), try Session(corpus: Corpus.load(paths: [seeds]))] {
            let answers = try values("""
                local all = {}
                for i, a in ipairs(articles) do all[i] = a end
                local function rows(hits)
                  local t = {}
                  for i, h in ipairs(hits) do
                    t[i] = table.concat({h.article.id, tostring(h.paragraph), tostring(h.sentence), h.start, h['end'], h.text,
                                         tostring(h.context)}, "|")
                  end
                  return table.concat(t, "\\n")
                end
                local checked, differ = 0, {}
                for _, needle in ipairs({"said", "Said", "the", "São", "a", "“", "2023", "e ", "ss", "no such words"}) do
                  local fast, reference = search(needle), search(needle, {articles = all})
                  checked = checked + #reference
                  if #fast ~= #reference or rows(fast) ~= rows(reference) then differ[#differ + 1] = needle end
                  local function lines(k)
                    local t = {}
                    for i, r in ipairs(k) do t[i] = table.concat({r.article.id, tostring(r.sentence), r.start, r['end'], r.left, r.match, r.right}, "|") end
                    return table.concat(t, "\\n")
                  end
                  if lines(kwic(needle, 12)) ~= lines(kwic(needle, 12, {articles = all})) then differ[#differ + 1] = "kwic " .. needle end
                end
                return checked, table.concat(differ, ", ")
                """, session: session)
            XCTAssertGreaterThan(answers.first?.integerValue ?? 0, 20)
            XCTAssertEqual(answers.last, "", "needles whose hits differ")
        }
    }

    func testSearchRefusesBadArguments() throws {
        let s = try session()
        XCTAssertEqual(try error("search(5)", session: s), "(command line):1: bad argument #1 to 'search' (string expected, got number)")
        XCTAssertEqual(try error("search('')", session: s), "(command line):1: bad argument #1 to 'search' (empty search text)")
        XCTAssertEqual(try error("search('x', 'y')", session: s),
                       "(command line):1: bad argument #2 to 'search' (table of options expected, got string)")
        XCTAssertEqual(try error("search('[', {pattern = true})", session: s),
                       "(command line):1: search: bad pattern: malformed pattern (missing ']')")
        for function in ["search('x', {articles = {claims[1]}})", "kwic('x', 10, {articles = {claims[1]}})"] {
            let message = try error(function, session: s)
            XCTAssertTrue(message.hasPrefix("(command line):1: ") && message.contains("option 'articles' must hold only articles, found"), message)
        }
    }

    func testKwicCutsContextOnCharacters() throws {
        let s = try session()
        XCTAssertEqual(try values("local k = kwic('bridge', 10)[1] return k.left, k.match, k.right, k.article.id", session: s),
                       ["kilometre ", "bridge", " over the ", "bridge"])
        // The right context ends on the closing quote mark, a three-byte character.
        XCTAssertEqual(try values("local k = kwic('bridge', 10)[2] return k.left, k.right", session: s),
                       ["inish the ", " by 2023,”"])
        // Near the start of the text the left context is shorter; paragraph breaks become spaces.
        XCTAssertEqual(try values("local k = kwic('Ana', 12, {case = true})[2] return k.article.id, k.left, k.right", session: s),
                       ["lisbon", "", " Souza met J"])
        XCTAssertEqual(try values("return #kwic('bridge'), kwic('bridge')[1].left", session: s), [3, "ity would build a 2 kilometre "])
        XCTAssertEqual(try error("kwic('bridge', 0)", session: s),
                       "(command line):1: bad argument #2 to 'kwic' (the width must be at least 1)")
    }

    func testCooccurGivesSharedSentencesAndArticles() throws {
        let s = try session()
        XCTAssertEqual(try values("""
            local rows, shared = cooccur('Souza', actor('Jonas Meier'))
            return #rows, rows[1].article.id, rows[1].sentence, rows[1].text, #shared, shared[1].id
            """, session: s), [1, "lisbon", 1, "Ana Souza met Jonas Meier in Lisbon on Friday.", 1, "lisbon"])
        XCTAssertEqual(try values("local rows, shared = cooccur('Green Party', 'Souza') return #rows, #shared", session: s), [0, 0])
        XCTAssertEqual(try error("cooccur('Souza', 'nobody')", session: s),
                       "(command line):1: cooccur: no actor named \"nobody\" (actors:where{name = \"…\"} lists them)")
        XCTAssertEqual(try error("cooccur('Souza', 3)", session: s),
                       "(command line):1: bad argument #2 to 'cooccur' (actor or name expected, got number)")
    }

    func testTimelineOrdersByDateUndatedLast() throws {
        let s = try session()
        XCTAssertEqual(try joined("timeline(articles):pluck('id')", session: s), "zurich,bridge,lisbon")
        XCTAssertEqual(try joined("timeline(claims):pluck('id')", session: s),
                       "zurich:1,zurich:2,zurich:3,bridge:1,bridge:2,bridge:3,lisbon:1")
        XCTAssertEqual(try joined("timeline(quantities):pluck('text')", session: s), "5 percent,2 kilometre")
        XCTAssertEqual(try values("return #timeline({})", session: s), [0])
        XCTAssertEqual(try error("timeline(5)", session: s), "(command line):1: bad argument #1 to 'timeline' (list expected, got number)")
    }

    /// The fixtures are dated 2020-11-15 (zurich, a Sunday: ISO week 2020-W46), 2021-03-04
    /// (bridge, a Thursday: 2021-W09) and not at all (lisbon).
    func testHistogramCountsEveryPeriodFromFirstToLast() throws {
        XCTAssertEqual(try joined("histogram(articles, 'date', 'month'):map(function(r) return r.period .. '=' .. r.n end)"),
                       "2020-11=1,2020-12=0,2021-01=0,2021-02=0,2021-03=1")
        XCTAssertEqual(try values("return select(2, histogram(articles, 'date', 'year'))"), [1])
        XCTAssertEqual(try joined("histogram(articles, 'date', 'year'):map(function(r) return r.period .. '=' .. r.n end)"),
                       "2020=1,2021=1")
        // 2020 has 53 ISO weeks (its 31 December is a Thursday): W46…W53, then W01…W09.
        let weeks = try joined("histogram(articles, 'date', 'week'):pluck('period')")
        XCTAssertEqual(weeks.split(separator: ",").count, 17, weeks)
        XCTAssertTrue(weeks.hasPrefix("2020-W46,2020-W47") && weeks.contains("2020-W53,2021-W01") && weeks.hasSuffix("2021-W09"), weeks)
        // Claims take their article's date: three in zurich, three in bridge, one undated.
        XCTAssertEqual(try joined("histogram(claims, 'date', 'year'):map(function(r) return r.period .. '=' .. r.n end)"),
                       "2020=3,2021=3")
        XCTAssertEqual(try error("histogram(articles, 'date', 'fortnight')"),
                       "(command line):1: bad argument #3 to 'histogram' (period must be \"day\", \"week\", \"month\" or \"year\")")
        XCTAssertEqual(try error("histogram(articles, 'dat')"),
                       "(command line):1: bad argument #2 to 'histogram' (articles have no field 'dat' (did you mean 'date' or 'date_source'?))")
    }
}
