import Corpus
import XCTest

/// The analyst's corrections in an actors file: ignore, merge and retype.
final class ActorCorrectionTests: XCTestCase {
    let articles = [
        "Strike\n\nDock union leader Marta Kovacs said the strike would go on. Kessel Lines, the carrier, said talks failed.\n",
        "Talks\n\nUnion chief M. Kovacs told reporters talks had stalled. Kessel said it would not pay more.\n",
    ]

    func corpus(_ file: String) throws -> Corpus {
        let fixture = try Fixture(self)
        for (index, text) in articles.enumerated() { try fixture.write("a\(index).txt", text) }
        let dictionary = try ActorDictionary.builtin.merging(ActorDictionary(parsing: file, source: "mine.txt"))
        return try Corpus.load(paths: [fixture.directory.path], dictionary: dictionary)
    }

    func testIgnoreMergeAndRetype() throws {
        let plain = try corpus("")
        let kessel = try XCTUnwrap(plain.actors.first { $0.name == "Kessel Lines" }, "\(plain.actors.map(\.name))")
        XCTAssertEqual(kessel.type, .organization)

        let corrected = try corpus("""
            merge: Marta Kovacs, M. Kovacs
            retype: Kessel Lines = media
            ignore: reporters
            """)
        let kovacs = try XCTUnwrap(corrected.actors.first { $0.name == "Marta Kovacs" }, "\(corrected.actors.map(\.name))")
        XCTAssertEqual(Set(kovacs.mentions.map(\.article)), ["a0", "a1"])
        XCTAssertNil(corrected.actors.first { $0.name == "M. Kovacs" })
        XCTAssertEqual(corrected.claims.filter { $0.speaker == kovacs.id }.count, 2, "both claims are hers")
        XCTAssertEqual(corrected.actors.first { $0.name == "Kessel Lines" }?.type, .media)
        XCTAssertNil(corrected.actors.first { $0.aliases.contains("reporters") })
        XCTAssertTrue(corrected.claims.allSatisfy { claim in claim.speaker.map { id in corrected.actors.contains { $0.id == id } } ?? true })
    }

    func testACorrectionThatMatchesNothingIsAWarningNamingItsLine() throws {
        let corpus = try corpus("# mine\nignore: Nobody Atall\n")
        XCTAssertEqual(corpus.warnings.map(\.description), ["mine.txt:2: ignore: no actor goes by Nobody Atall"])
    }

    func testBadCorrectionLinesNameTheLine() {
        let cases: [(String, String)] = [
            ("merge: Solo\n", "f.txt:1: merge: name at least two actors"),
            ("retype: Kessel Lines\n", "f.txt:1: retype: expected 'names = type'"),
            ("retype: Kessel = robot\n", "f.txt:1: unknown type 'robot' (person, organization, country, place, group, media, anonymous)"),
            ("ignore: ,\n", "f.txt:1: ignore: no names"),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try ActorDictionary(parsing: text, source: "f.txt")) { error in
                XCTAssertEqual((error as? ActorFileError)?.description, message)
            }
        }
    }
}
