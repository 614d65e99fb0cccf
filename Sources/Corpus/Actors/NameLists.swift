import Foundation

/// General knowledge about names that the words around a name cannot give: which words
/// are common given names (and the sex they are most often given to), and which are
/// sub-national places. Made by `scripts/make-name-lists`; see the files' headers.
enum NameLists {
    enum Sex: Sendable { case female, male }

    /// Given names by their capitalised spelling ("Maria").
    static let givenNames: [String: Sex] = {
        var names: [String: Sex] = [:]
        for line in String(decoding: PackageResources.given_names_txt, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            names[String(fields[0])] = fields[1] == "f" ? .female : .male
        }
        return names
    }()

    /// States, provinces, nations and big cities, as written.
    static let places: [String] = String(decoding: PackageResources.places_txt, as: UTF8.self)
        .split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)

    static func isGivenName(_ word: String) -> Bool { sex(ofGivenName: word) != nil }

    /// The sex a given name is most often given to, for its spelling with or without accents
    /// ("Agnès", "José", "Zoë" as "Agnes", "Jose", "Zoe": the list is written in ASCII).
    static func sex(ofGivenName word: String) -> Sex? {
        if let sex = givenNames[word] { return sex }
        guard !word.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return givenNames[word.folding(options: .diacriticInsensitive, locale: nil)]
    }
}
