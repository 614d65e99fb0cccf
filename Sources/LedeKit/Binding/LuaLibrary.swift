import Corpus
import Foundation
import LuaHost

/// lede's Lua library: the corpus as linked, read-only records and the functions an analyst
/// calls on them. It is written in Lua (`Sources/LedeKit/Lua/*.lua`, compiled into the
/// binary) on top of a few host functions given here. Each chunk receives one private table
/// (`lede` in the chunks) holding the host functions and what earlier chunks export; only
/// the documented globals are visible to scripts.
enum LuaLibrary {
    static let chunks: [(name: String, source: [UInt8])] = [
        ("core", PackageResources.core_lua),
        ("corpus", PackageResources.corpus_lua),
        ("text", PackageResources.text_lua),
        ("show", PackageResources.show_lua),
        ("output", PackageResources.output_lua),
        ("help", PackageResources.help_lua),
        ("complete", PackageResources.complete_lua),
        ("environment", PackageResources.environment_lua),
    ]

    /// Installs the library; returns the private table, for the host's own use of it.
    @discardableResult
    static func install(_ corpus: Corpus, in lua: LuaState, options: SessionOptions) throws(LuaError) -> LuaValue {
        let writes = options.writes
        var fields = CorpusBinding(corpus).hostFields(in: lua)
        fields["reference"] = .table(APIReference.luaTable)
        fields["terminal_width"] = lua.function { _ in [Terminal.outputWidth.map { .integer(Int64($0)) } ?? .nil] }
        // The export's writer for JSON values, so that `json` writes what `lede export`
        // writes, byte for byte (JSON is UTF-8, so strings pass through Swift's).
        fields["json_string"] = lua.function { call in [.string(JSONValue.quoted(call[1].stringValue ?? ""))] }
        fields["json_number"] = lua.function { call in
            switch call[1] {
            case .integer(let integer): [.string(String(integer))]
            case .number(let number): [.string(JSONValue.text(of: number))]
            default: throw LuaRaise.badArgument(1, to: "json_number", "number expected")
            }
        }
        fields["write_file"] = lua.function { call in
            guard let path = call[1].stringValue, let text = call.bytes(2) else {
                return [.boolean(false), .string("expected a path and a text")]
            }
            switch writes.write(text, to: path) {
            case .success: return [.boolean(true)]
            case .failure(let error): return [.boolean(false), .string(error.description)]
            }
        }
        // Weak, not unowned: a finalizer run by lua_close while the state is being freed
        // may still call these, and must find nothing rather than crash (exit is then moot).
        fields["exit"] = lua.function { [weak lua] call in
            // os.exit([code]): true or nothing is success, false failure, as in Lua.
            let code: Int32
            switch call[1] {
            case .nil, .boolean(true): code = 0
            case .boolean(false): code = 1
            default:
                guard let number = call[1].integerValue else {
                    throw LuaRaise.badArgument(1, to: "exit", "number or boolean expected")
                }
                // As the C exit() that Lua's own os.exit calls: the status is the low byte.
                code = Int32(truncatingIfNeeded: number & 0xFF)
            }
            lua?.requestExit(code: code)
            return []
        }
        fields["stopped"] = lua.function { [weak lua] _ in [.boolean(lua?.isStopped ?? true)] }
        if let sandbox = options.sandbox {
            fields["sandbox"] = .table(sandbox.luaTable)
            fields["may_read"] = lua.function { call in
                guard let path = call[1].stringValue else { return [.boolean(false)] }
                guard sandbox.readable.contains(path) else {
                    return [.boolean(false), .string("reading \(path) is outside the corpus and the script's folder (sandbox)")]
                }
                return [.boolean(true)]
            }
        }
        let host = try lua.run("return ...", chunkName: "=lede", arguments: [.table(LuaTable(fields: fields))])[0]
        let load = try lua.run(privateEnvironment, chunkName: "=lede")[0]
        for chunk in chunks {
            let loaded = try lua.call(load, [.string(String(decoding: chunk.source, as: UTF8.self)), .string("=lede/\(chunk.name).lua")])
            guard let function = loaded.first, case .reference(let reference) = function, reference.type == .function else {
                throw LuaError(.syntax, loaded.dropFirst().first?.stringValue ?? "lede/\(chunk.name).lua did not compile")
            }
            try lua.call(function, [host])
        }
        return host
    }
}

/// The library's chunks run in their own environment: the globals and standard tables as
/// they were before any script ran, copied, so that a script redefining `rawget` or
/// `string.format` changes nothing inside the library. What the library defines (`show`,
/// `articles`…) goes into that environment and into the real globals. `_G` in it is the
/// real global table, for `help` and completion to list the script's globals.
/// Returns a function that compiles a chunk in that environment.
private let privateEnvironment = """
    local G, next, type, rawset, load = _G, next, type, rawset, load
    local pristine = {}
    for name, value in next, G do
      if type(value) == "table" and value ~= G then
        local copy = {}
        for key, field in next, value do copy[key] = field end
        value = copy
      end
      pristine[name] = value
    end
    -- Reads fall through to the copies; every definition, even of a standard name
    -- (`rawset`), passes __newindex and so reaches the real globals too.
    local environment = setmetatable({_G = G}, {
      __index = pristine,
      __newindex = function(t, name, value)
        rawset(t, name, value)
        G[name] = value
      end,
    })
    return function(source, name) return load(source, name, "t", environment) end
    """
