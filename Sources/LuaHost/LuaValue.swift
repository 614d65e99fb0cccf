import CLua

/// The type of a Lua value, as `type()` names it.
public enum LuaType: Int32, Sendable {
    case none = -1, `nil` = 0, boolean = 1, lightUserdata = 2, number = 3, string = 4
    case table = 5, function = 6, userdata = 7, thread = 8

    public var name: String {
        switch self {
        case .none: "no value"
        case .nil: "nil"
        case .boolean: "boolean"
        case .lightUserdata, .userdata: "userdata"
        case .number: "number"
        case .string: "string"
        case .table: "table"
        case .function: "function"
        case .thread: "thread"
        }
    }
}

/// A Lua value seen from Swift.
///
/// Scalars and strings are copied. Tables, functions, userdata and threads read from
/// Lua come back as a `reference` that keeps the Lua object alive; `LuaReference.table()`
/// converts a referenced table into a Swift `LuaTable` when a copy is wanted. A
/// `table` built in Swift is pushed to Lua as a new table.
public enum LuaValue: Equatable {
    case `nil`
    case boolean(Bool)
    case integer(Int64)
    case number(Double)
    /// Lua strings are bytes; bytes that are not UTF-8 are repaired when read into Swift.
    case string(String)
    case table(LuaTable)
    case reference(LuaReference)
    case lightUserdata(UnsafeMutableRawPointer)

    public var type: LuaType {
        switch self {
        case .nil: .nil
        case .boolean: .boolean
        case .integer, .number: .number
        case .string: .string
        case .table: .table
        case .reference(let reference): reference.type
        case .lightUserdata: .lightUserdata
        }
    }

    public var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    public var integerValue: Int64? {
        switch self {
        case .integer(let value): value
        case .number(let value): Int64(exactly: value)
        default: nil
        }
    }
}

extension LuaValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral
{
    public init(nilLiteral: ()) { self = .nil }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
}

/// A key of a Swift-side table. Tables keyed by tables or functions are not converted.
public enum LuaKey: Hashable, Sendable {
    case string(String)
    case integer(Int64)
    case number(Double)
    case boolean(Bool)
}

extension LuaKey: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
}

/// A Lua table as a Swift value: a sequence part (keys 1…n) and the other fields.
public struct LuaTable: Equatable {
    public var array: [LuaValue]
    public var fields: [LuaKey: LuaValue]

    public init(array: [LuaValue] = [], fields: [LuaKey: LuaValue] = [:]) {
        self.array = array
        self.fields = fields
    }
}

/// A Lua object held from Swift: it stays alive until the reference is released.
public final class LuaReference: Equatable {
    let state: LuaState
    let ref: Int32
    public let type: LuaType

    init(state: LuaState, ref: Int32, type: LuaType) {
        self.state = state
        self.ref = ref
        self.type = type
    }

    deinit {
        luaL_unref(state.pointer, state.registryIndex, ref)
    }

    /// A deep copy of the referenced table. Cycles and keys that are not strings,
    /// numbers or booleans are reported as conversion errors.
    public func table() throws(LuaError) -> LuaTable {
        guard type == .table else {
            throw LuaError(.conversion, "expected a table, got a \(type.name)")
        }
        let L = state.pointer
        state.pushReference(self, on: L)
        defer { lua_settop(L, -2) }
        return try LuaStack(L).table(at: -1, ancestors: [])
    }

    public static func == (lhs: LuaReference, rhs: LuaReference) -> Bool {
        guard lhs.state === rhs.state else { return false }
        let L = lhs.state.pointer
        lhs.state.pushReference(lhs, on: L)
        lhs.state.pushReference(rhs, on: L)
        defer { lua_settop(L, -3) }
        return lua_rawequal(L, -1, -2) != 0
    }
}
