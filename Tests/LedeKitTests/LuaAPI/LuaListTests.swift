import LuaHost
import XCTest

/// The list methods, on the corpus lists, on lists they return, and on empty lists.
final class LuaListTests: LuaAPITestCase {
    func testWhereMatchesValuesPatternsSetsFunctionsRecordsAndMissingFields() throws {
        let s = try session()
        // "direct" must not match "indirect": a string matches the whole field.
        XCTAssertEqual(try joined("claims:where{kind = 'direct'}:pluck('id')", session: s), "bridge:3,lisbon:1,zurich:2")
        // A pattern: the four claims with "bridge" in them (the headline's among them).
        XCTAssertEqual(try joined("claims:where{content = '.*bridge.*'}:pluck('id')", session: s),
                       "bridge:1,bridge:2,bridge:3,lisbon:1")
        XCTAssertEqual(try values("return #claims:where{kind = {'direct', 'indirect'}}", session: s), [7])
        XCTAssertEqual(try joined("claims:where{cue = {told = true}}:pluck('id')", session: s), "bridge:3")
        // Under 30 characters: "a new bridge for São Paulo", "fares would rise by 5 percent",
        // "Nobody likes higher fares", "the rise was unfair".
        XCTAssertEqual(try joined("claims:where{content = function(c) return utf8.len(c) < 30 end}:pluck('id')", session: s),
                       "bridge:1,zurich:1,zurich:2,zurich:3")
        XCTAssertEqual(try joined("claims:where{speaker = actor('Meier')}:pluck('id')", session: s), "zurich:1,zurich:2")
        XCTAssertEqual(try joined("claims:where{speaker = 'jonas meier'}:pluck('id')", session: s), "zurich:1,zurich:2")
        XCTAssertEqual(try values("return #claims:where{addressee_text = false}", session: s), [6])
        // A list field matches when one of its items does.
        XCTAssertEqual(try joined("articles:where{actors = actor('Jonas Meier')}:pluck('id')", session: s), "lisbon,zurich")
        XCTAssertEqual(try joined("claims:where{speaker = 'Ana Souza', kind = 'direct'}:pluck('id')", session: s),
                       "bridge:3,lisbon:1")
        XCTAssertEqual(try joined("claims:where{['article.date'] = '2021.*'}:pluck('id')", session: s), "bridge:1,bridge:2,bridge:3")
        XCTAssertEqual(try joined("claims:where(function(c, i) return c.article.date == nil end):pluck('id')", session: s),
                       "lisbon:1")
        // A float field matches the number as lede prints it; a keyed set matches names too.
        XCTAssertEqual(try values("return #quantities:where{value = '2'}, #claims:where{speaker = {['Ana Souza'] = true}}", session: s), [1, 4])
    }

    /// The conditions that read like the question, checked by hand against the three
    /// fixture articles (bridge, lisbon, zurich) and their seven claims.
    func testWhereHelpersContainsAnyOfBetweenMatches() throws {
        let s = try session()
        // Plain and case-insensitive: the same four claims as the pattern '.*bridge.*'.
        XCTAssertEqual(try joined("claims:where{content = contains('BRIDGE')}:pluck('id')", session: s),
                       "bridge:1,bridge:2,bridge:3,lisbon:1")
        // A pattern character is plain text to contains: no content has a literal '.*'.
        XCTAssertEqual(try values("return #claims:where{content = contains('.*')}", session: s), [0])
        // Souza's four claims and the Green Party's one; names are matched ignoring case.
        XCTAssertEqual(try joined("claims:where{speaker = any_of{'ana souza', 'green party'}}:pluck('id')", session: s),
                       "bridge:1,bridge:2,bridge:3,lisbon:1,zurich:3")
        XCTAssertEqual(try joined("claims:where{speaker = any_of{actor('Meier')}}:pluck('id')", session: s), "zurich:1,zurich:2")
        // Dated 2021-03-04, 2020-11-15 and not at all: only the bridge article is in 2021.
        XCTAssertEqual(try joined("articles:where{date = between('2021-01-01', '2021-12-31')}:pluck('id')", session: s), "bridge")
        XCTAssertEqual(try joined("articles:where{date = between('2020-11-15', '2021-03-04')}:pluck('id')", session: s), "bridge,zurich")
        // The 2 kilometre bridge, not the 5 percent.
        XCTAssertEqual(try joined("quantities:where{value = between(1, 3)}:pluck('text')", session: s), "2 kilometre")
        // A digit anywhere: the 2 kilometre bridge, 2023 twice, 5 percent.
        XCTAssertEqual(try joined("claims:where{content = matches('%d')}:pluck('id')", session: s),
                       "bridge:2,bridge:3,lisbon:1,zurich:1")
        // A list field passes when one of its items does.
        XCTAssertEqual(try joined("articles:where{actors = contains('meier')}:pluck('id')", session: s), "lisbon,zurich")
        XCTAssertEqual(try error("claims:where{content = matches('(')}"),
                       "(command line):1: bad argument #1 to 'matches' (bad pattern: unfinished capture)")
        XCTAssertEqual(try error("claims:where{content = between(3, 1)}"),
                       "(command line):1: bad argument #2 to 'between' (the upper bound is below the lower one)")
    }

    func testWhereRefusesAStringNoneOfAFixedSetOfValues() throws {
        XCTAssertEqual(try error("claims:where{kind = 'drect'}"),
                       "(command line):1: bad argument #1 to 'where' (claim's kind is one of direct, indirect, mixed; 'drect' is none of them)")
        XCTAssertEqual(try error("actors:where{type = 'persn'}"), "(command line):1: bad argument #1 to 'where' "
                       + "(actor's type is one of person, organization, country, place, group, media, anonymous; 'persn' is none of them)")
        // A pattern is not a value, so it is not checked against the set.
        XCTAssertEqual(try values("return #claims:where{kind = 'dir.*'}"), [3])
    }

    func testWhereRefusesUnknownFieldsAndWrongArguments() throws {
        let fields = "id, article, date, paragraph, sentence, sentence_text, speaker, speaker_text, cue, addressee, addressee_text, kind, content, start, end, "
            + "attribution_start, attribution_end, via, quantities, corroborated_by"
        XCTAssertEqual(try error("claims:where{speker = 'x'}"),
                       "(command line):1: bad argument #1 to 'where' (claims have no field 'speker' (did you mean 'speaker'?))")
        XCTAssertEqual(try error("claims:where{tone = 'x'}"),
                       "(command line):1: bad argument #1 to 'where' (claims have no field 'tone'; they have: \(fields))")
        // actor("Nobody") is nil, so the table is empty: matching everything would read as an answer.
        XCTAssertEqual(try error("claims:where{speaker = actor('Nobody')}"),
                       "(command line):1: bad argument #1 to 'where' (no condition: a condition whose value is nil is left out "
                       + "of the table, so check that each value was found; to keep every item, use the list itself)")
        XCTAssertEqual(try error("claims:where(5)"),
                       "(command line):1: bad argument #1 to 'where' (table of conditions or function expected, got number)")
        XCTAssertEqual(try error("claims.where{kind = 'direct'}"),
                       "(command line):1: calling 'where' on bad self (list expected, got table): call it with a colon, list:where(…)")
        XCTAssertEqual(try error("claims:where{content = '[a'}"),
                       "(command line):1: bad argument #1 to 'where' (bad pattern for 'content': malformed pattern (missing ']'))")
        XCTAssertEqual(try error("claims:where{[1] = 'x'}"),
                       "(command line):1: bad argument #1 to 'where' (conditions are field = value pairs; got a number key)")
    }

    func testSortByIsStableKeepsMissingKeysLastAndSortsRecordsByName() throws {
        let s = try session()
        // Byte order: "Nobody" < "We will…" (twice: list order kept) < "a new" < "fares" < "the city" < "the rise".
        XCTAssertEqual(try joined("claims:sort_by('content'):pluck('id')", session: s),
                       "zurich:2,bridge:3,lisbon:1,bridge:1,zurich:1,bridge:2,zurich:3")
        // lisbon has no date: last, in either order.
        XCTAssertEqual(try joined("claims:sort_by('date', 'desc'):pluck('id')", session: s),
                       "bridge:1,bridge:2,bridge:3,zurich:1,zurich:2,zurich:3,lisbon:1")
        XCTAssertEqual(try joined("claims:sort_by('date'):pluck('id')", session: s),
                       "zurich:1,zurich:2,zurich:3,bridge:1,bridge:2,bridge:3,lisbon:1")
        XCTAssertEqual(try joined("claims:sort_by('speaker'):pluck('id')", session: s),
                       "bridge:1,bridge:2,bridge:3,lisbon:1,zurich:3,zurich:1,zurich:2")
        XCTAssertEqual(try joined("list{'b', 'c', 'a'}:sort_by(function(x) return x end, 'desc')", session: s), "c,b,a")
        XCTAssertEqual(try error("claims:sort_by('id', 'up')", session: s),
                       "(command line):1: bad argument #2 to 'sort_by' (\"asc\" or \"desc\" expected, got \"up\")")
        XCTAssertEqual(try error("claims:sort_by()", session: s),
                       "(command line):1: bad argument #1 to 'sort_by' (field name or function expected, got nil)")
    }

    func testFirstLastPluckUniqueJoinMapEach() throws {
        let s = try session()
        XCTAssertEqual(try joined("claims:first(2):pluck('id')", session: s), "bridge:1,bridge:2")
        XCTAssertEqual(try joined("claims:first():pluck('id')", session: s), "bridge:1")
        XCTAssertEqual(try joined("claims:last(2):pluck('id')", session: s), "zurich:2,zurich:3")
        XCTAssertEqual(try values("return #claims:first(0), #claims:first(100), #claims:last(100)", session: s), [0, 7, 7])
        XCTAssertEqual(try error("claims:first(-1)", session: s),
                       "(command line):1: bad argument #1 to 'first' (the count cannot be negative)")
        XCTAssertEqual(try error("claims:last('x')", session: s),
                       "(command line):1: bad argument #1 to 'last' (whole number expected, got string)")
        // Only Ana Souza has a role; the others' nils are left out.
        XCTAssertEqual(try joined("actors:pluck('role')", session: s), "São Paulo Mayor")
        // The quote carried by bridge and lisbon appears once.
        XCTAssertEqual(try values("return #claims:pluck('content'):unique()", session: s), [6])
        XCTAssertEqual(try joined("claims:unique('speaker'):pluck('id')", session: s), "bridge:1,zurich:1,zurich:3")
        XCTAssertEqual(try joined("claims:first(1):join(claims:last(1), list()):pluck('id')", session: s), "bridge:1,zurich:3")
        XCTAssertEqual(try error("claims:join(5)", session: s),
                       "(command line):1: bad argument #1 to 'join' (list expected, got number)")
        XCTAssertEqual(try joined("claims:map(function(c, i) return i .. c.kind:sub(1, 1) end)", session: s),
                       "1i,2i,3d,4d,5i,6d,7i")
        XCTAssertEqual(try joined("claims:map('cue'):unique()", session: s), "promised,said,told")
        XCTAssertEqual(try values("local n = 0 return claims:each(function() n = n + 1 end) == claims, n", session: s), [true, 7])
        XCTAssertEqual(try error("claims:map(5)", session: s),
                       "(command line):1: bad argument #1 to 'map' (function or field name expected, got number)")
    }

    func testCountByLargestFirstTiesInOrderOfAppearance() throws {
        let s = try session()
        XCTAssertEqual(try values("""
            local rows = claims:count_by('speaker')
            return #rows, rows[1].key.id, rows[1].n, rows[2].key.id, rows[2].n, rows[3].key.id, rows[3].n
            """, session: s), [3, "ana-souza", 4, "jonas-meier", 2, "green-party", 1])
        // bridge and zurich tie at 3: bridge came first.
        XCTAssertEqual(try joined("claims:count_by('article'):map(function(r) return r.key.id .. '=' .. r.n end)", session: s),
                       "bridge=3,zurich=3,lisbon=1")
        // A list-valued key counts each item: in how many articles each actor appears.
        XCTAssertEqual(try joined("articles:count_by('actors'):map(function(r) return r.key.id .. '=' .. r.n end)", session: s),
                       "ana-souza=2,jonas-meier=2,workers-party=1,green-party=1")
        // Items without the key are counted in a row whose key is nil.
        XCTAssertEqual(try values("local r = claims:count_by('addressee_text') return #r, r[1].key, r[1].n, r[2].key, r[2].n", session: s),
                       [2, .nil, 6, "reporters", 1])
        XCTAssertEqual(try joined("claims:count_by(function(c) return #c.content > 30 and 'long' or 'short' end):map(function(r) return r.key .. r.n end)", session: s),
                       "short4,long3")
    }

    func testNaNKeysAreCountedSortedLastAndKeptApart() throws {
        XCTAssertEqual(try values("""
            local rows = list{{v = 0/0}, {v = 1}, {v = 0/0}}:count_by('v')
            local sorted = list{{v = 0/0}, {v = 2}, {v = 1}}:sort_by('v'):map(function(r) return r.v == r.v and tostring(r.v) or 'NaN' end)
            return #rows, rows[1].n, rows[1].key ~= rows[1].key, table.concat(sorted, ','), #list{0/0, 'nan'}:unique()
            """), [2, 2, true, "1,2,NaN", 2])
    }

    func testGroupByKeepsOrderOfFirstAppearance() throws {
        XCTAssertEqual(try joined("""
            claims:group_by('article'):map(function(g) return g.key.id .. '=' .. g.n .. ':' .. table.concat(g.items:pluck('id'), '/') end)
            """), "bridge=3:bridge:1/bridge:2/bridge:3,lisbon=1:lisbon:1,zurich=3:zurich:1/zurich:2/zurich:3")
    }

    func testEmptyListsGiveEmptyResults() throws {
        let s = try session()
        XCTAssertEqual(try values("""
            local none = claims:where(function() return false end)
            return #none, #none:sort_by('id'), #none:first(3), #none:count_by('speaker'), #none:group_by('x'),
                   #none:pluck('id'), #none:unique(), #none:join(none), #list(), tostring(none)
            """, session: s), [0, 0, 0, 0, 0, 0, 0, 0, 0, "<empty list>"])
    }

    func testListsOfYourOwn() throws {
        let s = try session()
        XCTAssertEqual(try joined("list{3, 1, 2}:sort_by(function(x) return x end)", session: s), "1,2,3")
        XCTAssertEqual(try values("local t = claims:where{kind = 'direct'} t[1] = 'mine' return t[1], #t", session: s), ["mine", 3])
        // Results made on read (a where on columns, count_by and group_by rows) are the script's too.
        XCTAssertEqual(try values("local t = claims:where{kind = 'direct'} table.insert(t, 'x') return #t, t[4], t[1].kind, t[3].id",
                                  session: s), [4, "x", "direct", "zurich:2"])
        XCTAssertEqual(try values("local r = claims:count_by('speaker') table.sort(r, function(a, b) return a.n < b.n end) return r[1].n, r[3].key.id",
                                  session: s), [1, "ana-souza"])
        XCTAssertEqual(try values("local g = claims:group_by('kind') g[1].items[1] = false return g[1].items[1], g[1].n, #g[1].items", session: s),
                       [false, 4, 4])
        // Writes to items already read count too.
        XCTAssertEqual(try values("local t = claims:where{kind = 'direct'} local _ = t[3] table.remove(t) return #t, t[3]", session: s), [2, .nil])
        XCTAssertEqual(try values("""
            local s = claims:sort_by('id') local _ = s[1]
            table.sort(s, function(a, b) return a.id > b.id end)
            return s[1].id, s:first(1)[1].id, s:count_by('kind')[1].key
            """, session: s), ["zurich:3", "zurich:3", "indirect"])
        XCTAssertEqual(try error("list(5)", session: s), "(command line):1: bad argument #1 to 'list' (table expected, got number)")
    }
}
