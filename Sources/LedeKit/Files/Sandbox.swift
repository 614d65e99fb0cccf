import LuaHost

/// What a script run with `--sandbox` may use: an allow-list of Lua's standard library,
/// lede's whole API, file reads inside `readable`, and writes only through lede's atomic
/// writers (the session's `WritePolicy`). Everything not listed is taken away before the
/// script runs; touching it is an error that names it.
public struct Sandbox: Sendable {
    /// Where `io.open`, `io.lines`, `loadfile` and `dofile` may read: the corpus and the
    /// script's folder.
    public var readable: PathList

    public init(readable: [String]) {
        self.readable = PathList(readable)
    }

    /// The standard library a sandboxed script keeps, by table (`_G` for the globals);
    /// lede's own globals are kept too. `io.open`, `io.lines`, `loadfile` and `dofile`
    /// read only inside `readable`; `load`, `loadfile` and `dofile` take text chunks only.
    public static let allowed: [(table: String, names: [String])] = [
        ("_G", ["assert", "collectgarbage", "dofile", "error", "getmetatable", "ipairs", "load", "loadfile",
                "next", "pairs", "pcall", "print", "rawequal", "rawget", "rawlen", "rawset", "select",
                "setmetatable", "tonumber", "tostring", "type", "xpcall", "_G", "_VERSION",
                "coroutine", "io", "math", "os", "string", "table", "utf8"]),
        ("coroutine", ["close", "create", "isyieldable", "resume", "running", "status", "wrap", "yield"]),
        ("io", ["lines", "open", "read", "stderr", "stdin", "stdout", "type", "write"]),
        ("math", ["abs", "acos", "asin", "atan", "ceil", "cos", "deg", "exp", "floor", "fmod", "huge", "log",
                  "max", "maxinteger", "min", "mininteger", "modf", "pi", "rad", "random", "randomseed", "sin",
                  "sqrt", "tan", "tointeger", "type", "ult"]),
        ("os", ["clock", "date", "difftime", "time"]),
        ("string", ["byte", "char", "find", "format", "gmatch", "gsub", "len", "lower", "match", "pack",
                    "packsize", "rep", "reverse", "sub", "unpack", "upper"]),
        ("table", ["concat", "insert", "move", "pack", "remove", "sort", "unpack"]),
        ("utf8", ["char", "charpattern", "codepoint", "codes", "len", "offset"]),
    ]

    /// The allow-list as the Lua side takes it: {table = {name = true, ...}, ...}.
    var luaTable: LuaTable {
        var tables: [LuaKey: LuaValue] = [:]
        for (table, names) in Self.allowed {
            tables[.string(table)] = .table(LuaTable(fields: Dictionary(uniqueKeysWithValues: names.map { (LuaKey.string($0), LuaValue.boolean(true)) })))
        }
        return LuaTable(fields: tables)
    }

    /// The README's account of the allow-list.
    static var markdown: String {
        var lines = [
            "A script run with `--sandbox` keeps lede's whole API and only these parts of Lua's standard library; anything else (`os.execute`, `io.popen`, `os.remove`, `os.rename`, `os.exit`, `os.getenv`, `require` and `package`, `debug`, `string.dump`, `io.output`…) is an error naming it.",
            "",
        ]
        lines += Self.allowed.map { table, names in
            "- " + (table == "_G" ? "globals" : "`\(table)`") + ": " + names.map { "`\($0)`" }.joined(separator: ", ")
        }
        lines += [
            "",
            "`io.open` (read modes only), `io.lines`, `loadfile` and `dofile` read only files inside the corpus and the script's folder; `load`, `loadfile` and `dofile` take text chunks, never binary ones. Files are written only through `write`, `csv`, `markdown` and `json`, atomically, into a directory given with `--allow-write DIR`.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
