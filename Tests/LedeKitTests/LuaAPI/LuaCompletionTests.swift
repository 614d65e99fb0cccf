import LedeKit
import XCTest

/// What TAB offers where an analyst types a field name or a method, on the API fixtures.
final class LuaCompletionTests: LuaAPITestCase {
    private func offered(_ before: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let session = try session()
        return session.completions(before: before)?.candidates ?? []
    }

    func testFieldNamesInsideWhereAndInKeyedMethods() throws {
        // Claim fields starting "sp": speaker and speaker_text.
        XCTAssertEqual(try offered("claims:where{sp"), ["speaker", "speaker_text"])
        XCTAssertEqual(try offered("claims:where{kind = 'direct', con"), ["content"])
        // In a value, not a key: nothing to offer from the fields.
        XCTAssertEqual(try offered("claims:where{kind = di"), [])
        XCTAssertEqual(try offered("claims:count_by(\"ki"), ["kind"])
        XCTAssertEqual(try offered("actors:sort_by('ty"), ["type"])
        XCTAssertEqual(try offered("articles:pluck(\"da"), ["date", "date_source"])
    }

    func testMethodsOnAMethodsResult() throws {
        XCTAssertEqual(try offered("claims:where{kind = 'direct'}:cou"), ["count_by"])
        XCTAssertEqual(try offered("claims:first(3):so"), ["sort_by"])
    }
}
