import Corpus
import XCTest

/// "he" and "she" as a reader resolves them when no given name or title says who is who,
/// and the split quote whose first part is only a word.
final class PronounTests: XCTestCase {
    func speakers(_ corpus: Corpus) -> [String?] {
        corpus.claims.map { claim in corpus.actors.first { $0.id == claim.speaker }?.name }
    }

    func testTheArticlesOwnPronounsTellWhoIsWho() throws {
        // Neither given name is in the built-in list, and the last person named before "He"
        // is the woman: only "his" after the man's name tells.
        let corpus = try loadCorpus("""
            Verdict

            Farmer Tazim Orlu was jailed for the attack on his neighbour Qirra Belnadi. He said he felt no regret.
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["he felt no regret"])
        XCTAssertEqual(speakers(corpus), ["Tazim Orlu"])
    }

    func testAOneWordOpeningOfASplitQuoteIsNoClaim() throws {
        let corpus = try loadCorpus("""
            Fossils

            Professor Joan Hutch studies dinosaurs. "However," she told the paper, "the wings were far too small for flight."
            """)
        XCTAssertEqual(corpus.claims.map(\.content), ["the wings were far too small for flight."])
        XCTAssertEqual(speakers(corpus), ["Joan Hutch"])
    }
}
