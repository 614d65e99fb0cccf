/// Actors known before reading any article: the built-in world knowledge, plus what an
/// analyst adds with `--actors FILE`.
///
/// The file format is blocks of `key: value` lines, each block opened by `[Name]`:
///
///     # comments start with '#'
///     [Sergei Lavrov]
///     type: person
///     aliases: Sergey Lavrov, Lavrov
///     role: Foreign Minister
///     affiliation: Russia
///
/// Keys: `type` (person, organization, country, place, group, media; required), `aliases`,
/// `role`, `affiliation` (the name of another entry, built-in or in the file), and for
/// countries `demonyms` and `capitals`. List values are separated by commas. An entry whose
/// name matches a built-in one (case-insensitive) replaces it.
public struct ActorDictionary: Sendable {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var type: ActorType
        public var aliases: [String] = []
        public var demonyms: [String] = []
        public var capitals: [String] = []
        public var role: String?
        public var affiliation: String?
        /// Where the entry was defined, for error messages.
        public var source: String
    }

    public private(set) var entries: [Entry] = []
    private var indexByName: [String: Int] = [:]
    /// The analyst's `ignore:`, `merge:` and `retype:` lines, applied after reduce.
    public private(set) var corrections = ActorCorrections()

    public init(entries: [Entry] = []) {
        for entry in entries { add(entry) }
    }

    /// The built-in dictionary alone: the entries of `BuiltinActors`, then the places of
    /// `NameLists` that no entry already names.
    public static let builtin: ActorDictionary = {
        // The built-in text is part of the program: a mistake in it stops every test run
        // loudly, rather than leaving lede without its dictionary.
        var dictionary: ActorDictionary
        do {
            dictionary = try ActorDictionary(parsing: BuiltinActors.text, source: "built-in actors")
        } catch {
            fatalError("the built-in actor dictionary does not parse: \(error)")
        }
        var known = Set<String>()
        for entry in dictionary.entries {
            for name in [entry.name] + entry.aliases + entry.demonyms + entry.capitals { known.insert(name.lowercased()) }
        }
        for place in NameLists.places where !known.contains(place.lowercased()) {
            dictionary.add(Entry(name: place, type: .place, source: "built-in places"))
        }
        return dictionary
    }()

    public init(parsing text: String, source: String) throws(ActorFileError) {
        var current: Entry?
        var opened = 0
        func close() throws(ActorFileError) {
            guard let entry = current else { return }
            guard entry.type != .anonymous else {
                throw ActorFileError(source: source, line: opened, message: "entry [\(entry.name)] has no 'type:' line")
            }
            if !entry.demonyms.isEmpty || !entry.capitals.isEmpty, entry.type != .country {
                throw ActorFileError(source: source, line: opened, message: "only a country can have demonyms or capitals ([\(entry.name)])")
            }
            add(entry)
            current = nil
        }
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = rawLine.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw ActorFileError(source: source, line: number, message: "an entry starts with [Name]")
                }
                try close()
                // `.anonymous` marks "no type given yet": a file cannot declare anonymous actors.
                current = Entry(name: String(line.dropFirst().dropLast()).trimmingSpaces, type: .anonymous, source: "\(source):\(number)")
                opened = number
                continue
            }
            if let colon = line.firstIndex(of: ":"), ["ignore", "merge", "retype"].contains(line[..<colon].trimmingSpaces.lowercased()) {
                try addCorrection(String(line[..<colon].trimmingSpaces.lowercased()), String(line[line.index(after: colon)...]),
                                  source: source, line: number)
                continue
            }
            guard var entry = current else {
                throw ActorFileError(source: source, line: number, message: "expected [Name] before '\(line)'")
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw ActorFileError(source: source, line: number, message: "expected 'key: value', got '\(line)'")
            }
            let key = line[..<colon].trimmingSpaces.lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            let list = value.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            switch key {
            case "type":
                guard let type = ActorType(rawValue: value.lowercased()), type != .anonymous else {
                    throw ActorFileError(source: source, line: number,
                                         message: "unknown type '\(value)' (person, organization, country, place, group or media)")
                }
                entry.type = type
            case "aliases": entry.aliases += list
            case "demonyms": entry.demonyms += list
            case "capitals": entry.capitals += list
            case "role": entry.role = value.isEmpty ? nil : value
            case "affiliation": entry.affiliation = value.isEmpty ? nil : value
            default:
                throw ActorFileError(source: source, line: number,
                                     message: "unknown key '\(key)' (type, aliases, role, affiliation, demonyms, capitals)")
            }
            current = entry
        }
        try close()
    }

    /// "ignore: A, B", "merge: A, B", "retype: A, B = organization".
    private mutating func addCorrection(_ key: String, _ value: String, source: String, line: Int) throws(ActorFileError) {
        var names = value
        var type: ActorType?
        if key == "retype" {
            guard let equals = value.lastIndex(of: "=") else {
                throw ActorFileError(source: source, line: line, message: "retype: expected 'names = type'")
            }
            let typeName = value[value.index(after: equals)...].trimmingSpaces.lowercased()
            guard let found = ActorType(rawValue: typeName) else {
                throw ActorFileError(source: source, line: line,
                                     message: "unknown type '\(typeName)' (\(ActorType.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            type = found
            names = String(value[..<equals])
        }
        let list = names.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        guard !list.isEmpty else { throw ActorFileError(source: source, line: line, message: "\(key): no names") }
        if key == "merge", list.count < 2 {
            throw ActorFileError(source: source, line: line, message: "merge: name at least two actors")
        }
        let entry = ActorCorrections.Line(names: list, source: source, line: line)
        switch key {
        case "ignore": corrections.ignored.append(entry)
        case "merge": corrections.merges.append(entry)
        default: if let type { corrections.retypes.append(ActorCorrections.Retype(line: entry, type: type)) }
        }
    }

    /// This dictionary with `other`'s entries added; an entry of the same name is replaced.
    /// Every affiliation must then name an entry of one or the other.
    public func merging(_ other: ActorDictionary) throws(ActorFileError) -> ActorDictionary {
        var merged = self
        for entry in other.entries { merged.add(entry) }
        merged.corrections.append(other.corrections)
        for entry in other.entries {
            if let affiliation = entry.affiliation, merged.indexByName[affiliation.lowercased()] == nil {
                throw ActorFileError(source: entry.source, line: nil, message: "affiliation '\(affiliation)' of [\(entry.name)] is not an entry")
            }
        }
        return merged
    }

    public func entry(named name: String) -> Entry? {
        indexByName[name.lowercased()].map { entries[$0] }
    }

    private mutating func add(_ entry: Entry) {
        if let existing = indexByName[entry.name.lowercased()] {
            entries[existing] = entry
        } else {
            indexByName[entry.name.lowercased()] = entries.count
            entries.append(entry)
        }
    }
}

/// A mistake in an actors file, with where it is.
public struct ActorFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var source: String
    public var line: Int?
    public var message: String

    public var description: String {
        if let line { return "\(source):\(line): \(message)" }
        return "\(source): \(message)"
    }
}

extension StringProtocol {
    /// Parsing the built-in dictionary trims every line at each start-up, so the common
    /// ASCII case skips the Unicode property tables.
    var trimmingSpaces: String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? scalar == " " || scalar == "\t" || scalar == "\r" || (0x0A...0x0C).contains(scalar.value)
                : scalar.properties.isWhitespace
        }
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { scalars.formIndex(after: &start) }
        while start < end, isSpace(scalars[scalars.index(before: end)]) { scalars.formIndex(before: &end) }
        return String(self[start..<end])
    }
}
