import Corpus
import LuaHost

/// A Lua state with a corpus bound into it: what the REPL and batch runs work in.
public final class Session {
    public let lua: LuaState
    public private(set) var corpus: Corpus
    /// The library's REPL printer and completer (`lede.display_as`, `lede.complete`).
    private let displayFunction: LuaValue
    private let completeFunction: LuaValue
    private let recordsMadeFunction: LuaValue

    public init(corpus: Corpus, options: SessionOptions = SessionOptions()) throws(LuaError) {
        self.corpus = corpus
        lua = try LuaState(memoryLimit: options.memoryLimit)
        lua.setGlobal("params", .table(LuaTable(fields: Dictionary(uniqueKeysWithValues: options.params.map { (LuaKey.string($0.key), $0.value) }))))
        let library = try LuaLibrary.install(corpus, in: lua, options: options)
        let functions = try lua.run("local lede = ... return lede.display_as, lede.complete, lede.records_made",
                                    chunkName: "=lede", arguments: [library])
        displayFunction = functions[0]
        completeFunction = functions[1]
        recordsMadeFunction = functions[2]
    }

    /// How many corpus records (articles, actors, claims, quantities) scripts have reached
    /// so far: records are made on first touch, and this counts them for tests and benchmarks.
    public var recordsMade: Int {
        (try? call(recordsMadeFunction, []).first?.integerValue).flatMap { $0 }.map { Int($0) } ?? 0
    }

    /// Values as the REPL prints them: each as `show` would, several on one line. Under
    /// `mode` csv, json or markdown, a list of rows is written in that format.
    public func display(_ values: [LuaValue], mode: String = "table") throws(LuaError) -> String {
        try call(displayFunction, [.string(mode)] + values).first?.stringValue ?? ""
    }

    /// Completions of the text before the cursor: how many bytes to replace, and with what.
    public func completions(before text: String) -> (replace: Int, candidates: [String])? {
        guard let answer = try? call(completeFunction, [.string(text)]).first?.stringValue else { return nil }
        let lines = answer.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let replace = lines.first.flatMap({ Int($0) }) else { return nil }
        return (replace, Array(lines.dropFirst()))
    }

    /// Runs a script; `arguments` go into the global `arg` (`arg[0]` is the script's name,
    /// as in `lua`) and are passed to the chunk as `...`.
    @discardableResult
    public func run(_ source: ScriptSource, arguments: [String] = []) throws(LuaError) -> [LuaValue] {
        let chunk: LuaReference
        let name: String
        switch source {
        case .file(let path):
            chunk = try lua.loadFile(path)
            name = path
        case .standardInput:
            chunk = try lua.loadFile(nil)
            name = "-"
        case .code(let code):
            chunk = try lua.load(code, chunkName: "=(command line)")
            name = "-e"
        }
        setArguments(arguments, name: name)
        return try call(chunk, arguments.map { .string($0) })
    }

    /// Runs `-e` code as the REPL runs a line, as `sqlite3 db 'select …'` and `duckdb -c`
    /// do: an expression's values come back as `display` shows them in `mode`, nil when
    /// there are none; a statement runs as a chunk and shows nothing.
    public func runShowingValues(_ code: String, mode: String) throws(LuaError) -> String? {
        guard let expression = compileExpression(code, chunkName: "=(command line)") else {
            try run(.code(code))
            return nil
        }
        setArguments([], name: "-e")
        let values = try call(expression)
        return values.isEmpty ? nil : try display(values, mode: mode)
    }

    /// `code` compiled as an expression whose values come back, as `lua.c` compiles a line
    /// (`return CODE;`); nil when it is not one. The values pass through an anonymous
    /// function rather than `return f(x)`, whose tail call would leave an error raised in
    /// `f` without the line it came from (unless a trailing comment swallows the closing
    /// parenthesis: then `return CODE;` it is). The function has no name a line could mean.
    public func compileExpression(_ code: String, chunkName: String) -> LuaReference? {
        guard let plain = try? lua.load("return " + code + ";", chunkName: chunkName) else { return nil }
        return (try? lua.load("return (function(...) return ... end)(" + code + ")", chunkName: chunkName)) ?? plain
    }

    private func setArguments(_ arguments: [String], name: String) {
        var arg = LuaTable(array: arguments.map { .string($0) })
        arg.fields[0] = .string(name)
        lua.setGlobal("arg", .table(arg))
    }

    /// Calls a compiled chunk or function; Ctrl-C stops it with an `interrupted` error.
    @discardableResult
    public func call(_ function: LuaReference, _ arguments: [LuaValue] = []) throws(LuaError) -> [LuaValue] {
        try call(.reference(function), arguments)
    }

    private func call(_ function: LuaValue, _ arguments: [LuaValue]) throws(LuaError) -> [LuaValue] {
        try lua.catchingInterrupts { () throws(LuaError) in
            try lua.call(function, arguments)
        }
    }
}
