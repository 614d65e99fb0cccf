import CLua
import CLuaShim

/// Push and read values on the stack of one Lua thread (the main state or a coroutine).
/// Every operation here leaves the stack as documented: pushes push one value, reads pop nothing.
struct LuaStack {
    let L: OpaquePointer

    init(_ L: OpaquePointer) { self.L = L }

    var owner: LuaState { LuaState.owner(of: L) }

    func push(_ value: LuaValue) {
        switch value {
        case .nil: lua_pushnil(L)
        case .boolean(let bool): lua_pushboolean(L, bool ? 1 : 0)
        case .integer(let integer): lua_pushinteger(L, lua_Integer(integer))
        case .number(let number): lua_pushnumber(L, number)
        case .string(let string): pushString(string)
        case .table(let table): push(table)
        case .reference(let reference): owner.pushReference(reference, on: L)
        case .lightUserdata(let pointer): lua_pushlightuserdata(L, pointer)
        }
    }

    func pushString(_ string: String) {
        var string = string
        string.withUTF8 { bytes in
            _ = bytes.withMemoryRebound(to: CChar.self) { chars in
                lua_pushlstring(L, chars.baseAddress, chars.count)
            }
        }
    }

    func push(_ key: LuaKey) {
        switch key {
        case .string(let string): pushString(string)
        case .integer(let integer): lua_pushinteger(L, lua_Integer(integer))
        case .number(let number): lua_pushnumber(L, number)
        case .boolean(let bool): lua_pushboolean(L, bool ? 1 : 0)
        }
    }

    func push(_ table: LuaTable) {
        precondition(lua_checkstack(L, 3) != 0, "Lua stack overflow while pushing a nested table")
        lua_createtable(L, Int32(clamping: table.array.count), Int32(clamping: table.fields.count))
        for (offset, element) in table.array.enumerated() {
            push(element)
            lua_rawseti(L, -2, lua_Integer(offset + 1))
        }
        for (key, element) in table.fields {
            push(key)
            push(element)
            lua_rawset(L, -3)
        }
    }

    func type(at index: Int32) -> LuaType {
        LuaType(rawValue: lua_type(L, index)) ?? .none
    }

    func string(at index: Int32) -> String? {
        guard lua_type(L, index) == LUA_TSTRING else { return nil }
        var length = 0
        guard let chars = lua_tolstring(L, index, &length) else { return nil }
        return chars.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    /// The value at `index`; tables, functions, userdata and threads come back as references.
    func value(at index: Int32) -> LuaValue {
        switch type(at: index) {
        case .none, .nil: return .nil
        case .boolean: return .boolean(lua_toboolean(L, index) != 0)
        case .number:
            if lua_isinteger(L, index) != 0 { return .integer(Int64(lua_tointegerx(L, index, nil))) }
            return .number(lua_tonumberx(L, index, nil))
        case .string: return .string(string(at: index) ?? "")
        case .lightUserdata:
            guard let pointer = lua_touserdata(L, index) else { return .nil }
            return .lightUserdata(pointer)
        case let type:
            return .reference(owner.makeReference(at: index, on: L, type: type))
        }
    }

    /// A deep copy of the table at `index`. `ancestors` holds the tables being copied
    /// above this one, so that a cycle is reported instead of recursing forever.
    func table(at index: Int32, ancestors: Set<UnsafeRawPointer>) throws(LuaError) -> LuaTable {
        let index = lua_absindex(L, index)
        guard let identity = lua_topointer(L, index) else {
            throw LuaError(.conversion, "expected a table, got a \(type(at: index).name)")
        }
        if ancestors.contains(identity) {
            throw LuaError(.conversion, "cannot convert a table that contains itself")
        }
        guard lua_checkstack(L, 3) != 0 else {
            throw LuaError(.conversion, "table nested too deeply to convert")
        }
        var ancestors = ancestors
        ancestors.insert(identity)

        var result = LuaTable()
        let length = Int(lua_rawlen(L, index))
        result.array.reserveCapacity(length)
        for position in 0..<length {
            lua_rawgeti(L, index, lua_Integer(position + 1))
            defer { lua_settop(L, -2) }
            result.array.append(try element(at: -1, ancestors: ancestors))
        }
        lua_pushnil(L)
        while lua_next(L, index) != 0 {
            // Key at -2, value at -1. Pop both on an error, or only the value to continue.
            do {
                if let key = try key(at: -2, arrayLength: length) {
                    result.fields[key] = try element(at: -1, ancestors: ancestors)
                }
            } catch {
                lua_settop(L, -3)
                throw error
            }
            lua_settop(L, -2)
        }
        return result
    }

    private func element(at index: Int32, ancestors: Set<UnsafeRawPointer>) throws(LuaError) -> LuaValue {
        if type(at: index) == .table { return .table(try table(at: index, ancestors: ancestors)) }
        return value(at: index)
    }

    /// The key at `index` as a `LuaKey`, or nil when it belongs to the array part.
    private func key(at index: Int32, arrayLength: Int) throws(LuaError) -> LuaKey? {
        switch value(at: index) {
        case .integer(let integer):
            return arrayLength > 0 && (1...Int64(arrayLength)).contains(integer) ? nil : .integer(integer)
        case .number(let number): return .number(number)
        case .string(let string): return .string(string)
        case .boolean(let bool): return .boolean(bool)
        case let other:
            throw LuaError(.conversion, "cannot convert a table key of type \(other.type.name)")
        }
    }
}
