import LuaHost
import Corpus

/// The one description of lede's Lua API. `help()` in Lua reads it, and `markdown` is the
/// README's API section (a test keeps the two the same), so the documentation cannot drift
/// from what the REPL says. The record kinds' field lists also fix the order in which
/// `pairs`, `show` and `json` walk a record.
public enum APIReference {
    public struct Entry: Sendable {
        public var name: String
        public var signature: String
        public var summary: String
        /// Every value a field can hold, when they are a fixed set: `where` refuses a
        /// string that is none of them rather than quietly matching nothing.
        public var values: [String]? = nil
        /// Whether a record field is a column of its kind's export table.
        public var exported = false
    }

    public struct Kind: Sendable {
        public var name: String
        public var plural: String
        public var summary: String
        public var fields: [Entry]
    }

    static func entry(_ signature: String, _ summary: String) -> Entry {
        let name = signature.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "#" }
        return Entry(name: String(name), signature: signature, summary: summary)
    }


    public static let corpus: [Entry] = [
        entry("articles", "Every article, in path order; also indexed by id (`articles[\"002_29a7cc1ec4dfa27c\"]`)."),
        entry("actors", "Every actor, in order of first mention; also indexed by id (`actors[\"sergei-lavrov\"]`)."),
        entry("claims", "Every claim (who said what), in reading order; also indexed by id."),
        entry("quantities", "Every number with what it counts or measures, in reading order."),
        entry("arg", "The script's arguments, as in `lua` (`arg[0]` is the script)."),
        entry("params", "The `--param NAME=VALUE` options: numbers as numbers, or as a report's header declares them (`lede run REPORT --help`)."),
    ]

    public static let functions: [Entry] = [
        entry("actor(name)", "The actor with this id, name or alias, ignoring case and a leading \"the\"; nil if none."),
        entry("article(key)", "The article with this id, id prefix (`article(\"002\")`) or index, else the first whose title matches the Lua pattern; nil if none."),
        entry("search(text, options)", "Hits of `text` in the articles' text: rows {article, paragraph, sentence, start, end, text, context}. Case is ignored when `text` has no capital letter (ASCII letters only). Options: `pattern = true` (a Lua pattern), `case = true|false`, `articles = list`."),
        entry("kwic(text, width, options)", "Keyword in context: one row per hit with `width` characters (default 30) on each side, shown aligned on the hit. Options as for `search`."),
        entry("cooccur(a, b)", "The sentences where actors `a` and `b` (actors or names) are both mentioned, as rows {article, paragraph, sentence, text}; and, second, the list of those articles."),
        entry("timeline(list)", "A copy of the list ordered by date (a record's `date`, else its article's), undated items last, ties in list order."),
        entry("histogram(list, field, period)", "How many items fall in each `period` (\"day\", \"week\" (ISO, \"2018-W21\"), \"month\" (default) or \"year\") of a date field (default `date`: a record's date, else its article's), as rows {period, n}, every period from the first to the last, empty ones included; items without a date are left out and counted in a second result. On a terminal, `show` draws each count as a bar."),
        entry("quotes()", "Claims grouped with the claims in other articles that report the same words from the same speaker (five words or more; words three speakers say are a stock phrase and group nothing): rows {content, n, outlets, unknown, claims}, where `outlets` counts distinct known outlets and `unknown` the articles whose outlet is not known, most widely carried first."),
        entry("contains(text)", "A `where` condition: the field's text holds `text` (plain, case ignored), e.g. `claims:where{content = contains(\"ceasefire\")}`. A record is tested by its names, a list field by its items."),
        entry("any_of(values)", "A `where` condition: the field equals one of `values` (text ignoring case, or the very records), e.g. `where{speaker = any_of{\"Lavrov\", \"Netanyahu\"}}`."),
        entry("between(low, high)", "A `where` condition: the field is from `low` to `high`, both included: numbers, or dates as written, e.g. `articles:where{date = between(\"2018-05-01\", \"2018-05-31\")}`. Missing values never match."),
        entry("matches(pattern)", "A `where` condition: the field's text has a match of the Lua pattern anywhere in it (a plain string in `where` must match the whole field)."),
        entry("list(table)", "Gives a table of your own the list methods (`list{1, 2, 3}:map(…)`); with no argument, a new empty list."),
        entry("show(value, columns)", "Prints a value readably: a list of records as an aligned table (`columns` picks and orders them, e.g. `{\"speaker\", \"content\", rows = 100}`), a record as its fields, a table to a depth. A missing value is `∅` (dim on a terminal); `csv` leaves it empty and `json` writes null. On a terminal, text is cut to the width and at most 50 rows are shown."),
        entry("csv(rows, columns, path)", "The rows as CSV (RFC 4180, header first), cells as the export writes them: a linked record as its id (`\"speaker.name\"` as a column gives the name), a list as JSON. With `path`, writes the file atomically instead of returning the text."),
        entry("markdown(rows, columns, path)", "The rows as a Markdown table. With `path`, writes the file atomically instead of returning the text."),
        entry("json(value, path)", "The value as JSON; a record is written as its row of the export (its export columns, links as ids, a missing value null). With `path`, writes the file atomically instead of returning the text."),
        entry("write(path, text)", "Writes `text` to `path` atomically: the file is complete or not there."),
        entry("help(topic)", "This help: `help()` for everything, `help(\"where\")` for one entry, `help(claims)` or `help(claims[1])` for a list's or a record's fields."),
    ]

    public static let methods: [Entry] = [
        entry("where(conditions)", "Items whose fields match every condition, e.g. `claims:where{kind = \"direct\", speaker = actor(\"Lavrov\")}`. A condition is a value (equal), a string (equal, or a Lua pattern the whole field matches), a list or set of alternatives, a record (that very record), `false` (field missing) or a function of the field. A list field matches when one of its items does. `where(function(item) … end)` filters by a function."),
        entry("map(f)", "A list of `f(item, i)` for each item, nils left out; `f` may be a field name."),
        entry("each(f)", "Calls `f(item, i)` for each item; returns the list."),
        entry("sort_by(key, order)", "A sorted copy: `key` is a field name (dots for nested fields, `\"speaker.name\"`) or a function of the item; `order` is \"asc\" (default) or \"desc\". Missing keys go last; equal keys keep their order."),
        entry("first(n)", "The first `n` items (default 1), as a list."),
        entry("last(n)", "The last `n` items (default 1), as a list."),
        entry("pluck(field)", "The values of one field, as a list (missing values left out)."),
        entry("unique(key)", "The items without repeats, first occurrence kept; by `key` (a field name or function) when given."),
        entry("count_by(key)", "Rows {key, n}: how many items have each value of `key`, largest first, ties in order of first appearance. A list-valued key counts each of its items. On a terminal, `show` draws each count as a bar."),
        entry("group_by(key)", "Rows {key, n, items}, one per value of `key`, in order of first appearance."),
        entry("join(other, ...)", "One list: this list's items followed by the others'."),
        entry("#list", "The number of items."),
    ]

    /// The record kinds and their fields, as `Schema` declares them.
    public static var kinds: [Kind] {
        Schema.kinds.map { kind in
            Kind(name: kind.name, plural: kind.plural, summary: kind.summary, fields: kind.fields.map { field in
                Entry(name: field.name, signature: field.name, summary: field.summary, values: field.values, exported: field.exported)
            })
        }
    }

    /// The README's API section.
    public static var markdown: String {
        var lines = ["### Corpus", ""]
        lines += corpus.map { "- `\($0.signature)`: \($0.summary)" }
        lines += ["", "### Functions", ""]
        lines += functions.map { "- `\($0.signature)`: \($0.summary)" }
        lines += ["", "### List methods", "",
                  "Every list lede hands out has these, and so does every list they return: `claims:where{…}:sort_by(…):first(10)`.", ""]
        lines += methods.map { "- `\($0.signature == "#list" ? "#list" : "list:" + $0.signature)`: \($0.summary)" }
        lines += ["", "### Records", "",
                  "Records are read-only: assigning to a field raises an error. Links hold the linked records, not ids."]
        for kind in kinds {
            lines += ["", "**\(kind.name)**: \(kind.summary)", ""]
            lines += kind.fields.map { "- `\($0.name)`: \($0.summary)" }
        }
        lines += ["", "### Export tables", "",
                  "`lede export` and `lede reduce` write these tables, with the same columns and values in every format: "
                      + "a link is the linked record's id, a list is a JSON array (JSON text in CSV and SQLite), a missing value is "
                      + "null (empty in CSV). Each column is the record field of the same name. Export schema \(Export.version).", ""]
        for table in Export.Table.allCases {
            let kind = Schema.kind(of: table)
            let columns = kind.exportedFields.map { field in
                switch field.shape {
                case .link(let target): "`\(field.name)` \(field.shape.sqlType) → \(target)"
                case .links(let target): "`\(field.name)` JSON list → \(target)"
                case .texts: "`\(field.name)` JSON list"
                default: "`\(field.name)` \(field.shape.sqlType)"
                }
            }
            lines.append("- `\(table.rawValue)` (\(kind.name) records): " + columns.joined(separator: ", "))
        }
        lines += ["", "### The sandbox", "", Sandbox.markdown]
        return lines.joined(separator: "\n")
    }

    /// The reference as a Lua table for the `help` function.
    static var luaTable: LuaTable {
        func entries(_ list: [Entry]) -> LuaValue {
            .table(LuaTable(array: list.map { entry in
                var fields: [LuaKey: LuaValue] = ["name": .string(entry.name), "signature": .string(entry.signature),
                                                  "summary": .string(entry.summary)]
                if let values = entry.values { fields["values"] = .table(LuaTable(array: values.map(LuaValue.string))) }
                return .table(LuaTable(fields: fields))
            }))
        }
        // What the library needs to reach each field: its shape, where a link points, and
        // whether it comes with the record or on first read.
        func fields(_ list: [FieldInfo]) -> LuaValue {
            .table(LuaTable(array: list.map { field in
                var fields: [LuaKey: LuaValue] = ["name": .string(field.name), "signature": .string(field.name),
                                                  "summary": .string(field.summary), "shape": .string(field.shape.name),
                                                  "on_demand": .boolean(field.loading == .onDemand), "exported": .boolean(field.exported)]
                if let values = field.values { fields["values"] = .table(LuaTable(array: values.map(LuaValue.string))) }
                if let target = field.shape.target { fields["target"] = .string(target) }
                if case .records(let kind, let owner) = field.shape {
                    fields["item_kind"] = .string(kind)
                    if let owner { fields["owner"] = .string(owner) }
                }
                return .table(LuaTable(fields: fields))
            }))
        }
        return LuaTable(fields: [
            "corpus": entries(corpus),
            "functions": entries(functions),
            "methods": entries(methods),
            "kinds": .table(LuaTable(array: Schema.kinds.map { kind in
                .table(LuaTable(fields: ["name": .string(kind.name), "plural": .string(kind.plural),
                                         "summary": .string(kind.summary), "fields": fields(kind.fields)]))
            })),
        ])
    }
}
