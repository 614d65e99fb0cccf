import Foundation
import XCTest

/// The saved reports in scripts/reports, run on the seeds. Each expected output was
/// checked line by line against the five articles' text.
final class ReportTests: XCTestCase {
    private func expect(_ report: String, _ parameters: [String], _ expected: String,
                        file: StaticString = #filePath, line: UInt = #line) throws {
        let path = LedeProcess.packageRoot.appendingPathComponent("scripts/reports/\(report)").path
        let result = try LedeProcess.run(["run", "--corpus", LedeProcess.seeds, path] + parameters)
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr, "", file: file, line: line)
        XCTAssertEqual(result.stdout, expected, file: file, line: line)
    }

    /// Lieberman's six statements in articles 001 and 003, checked against the texts: the cue is the verb the article uses, the paragraph lede's numbering.
    func testWhoSaidWhatForOneSpeaker() throws {
        try expect("who_said_what.lua", ["--param", "speaker=Lieberman"], """
            # Who said what

            6 claims by 1 speaker.

            ## Avigdor Lieberman (person, Defense Minister): 6 claims

            - “The state of Israel appreciates Russia‘s understanding of our security concerns, particularly regarding the situation at our northern border” (wrote; 001_aa87f1e3245c7cf3, jpost.com, paragraph 2)
            - “We’ll continue our dialogue with Russia on every matter at hand.” (wrote; 001_aa87f1e3245c7cf3, jpost.com, paragraph 2)
            - Russia for “understanding” Israel’s security concerns, during a meeting with his Russian counterpart in Moscow (thanked; 003_b934a5164bfca69f, 2018-05-10, Times of Israel, paragraph 18)
            - “The State of Israel appreciates Russia’s understanding of our security needs — especially on our northern border” (told; 003_b934a5164bfca69f, 2018-05-10, Times of Israel, paragraph 19)
            - “It is important to continue the dialogue between us and to keep an open line between the IDF and Russian army.” (told; 003_b934a5164bfca69f, 2018-05-10, Times of Israel, paragraph 19)
            - “The main focus of the security forces was and remains preventing Iran and its offshoots from establishing themselves in Syria.” (tweeted; 003_b934a5164bfca69f, 2018-05-10, Times of Israel, paragraph 20)

            """)
    }

    /// Counted by hand: Netanyahu and Lavrov share seven sentences of 002 (p2, p3, p4, p5, p9,
    /// p10, p11) and 000 p5, where "the Israeli PM" is Netanyahu; Lieberman and Shoigu 001 p1
    /// (also 001's title, counted once) and 003 p19; Ravid and Netanyahu 002 p6 and p11;
    /// Netanyahu and Putin 002 p5 and 003 p3. No other pair of people shares two sentences.
    func testActorNetworkOfPeople() throws {
        try expect("actor_network.lua", ["--param", "type=person", "--param", "min=2"], """
            a                   b                   sentences  articles
            ------------------  ------------------  ---------  --------
            Benjamin Netanyahu  Sergei Lavrov               8         2
            Avigdor Lieberman   Sergei Shoigu               2         2
            Barak Ravid         Benjamin Netanyahu          2         1
            Benjamin Netanyahu  Vladimir Putin              2         2

            """)
    }

    /// The same pairs as the table, as a Graphviz graph.
    func testActorNetworkAsGraphviz() throws {
        try expect("actor_network.lua", ["--param", "type=person", "--param", "min=2", "--param", "format=dot"], """
            graph actors {
              node [shape=box];
              "Benjamin Netanyahu" -- "Sergei Lavrov" [weight=8, penwidth=8, label=8];
              "Avigdor Lieberman" -- "Sergei Shoigu" [weight=2, penwidth=2, label=2];
              "Barak Ravid" -- "Benjamin Netanyahu" [weight=2, penwidth=2, label=2];
              "Benjamin Netanyahu" -- "Vladimir Putin" [weight=2, penwidth=2, label=2];
            }

            """)
    }

    /// The same pairs as a picture: six people on a circle, four lines as thick as their
    /// counts (8, 2, 2, 2), each titled with its pair; a valid SVG document.
    func testActorNetworkAsSVG() throws {
        let result = try LedeProcess.run(["run", "--corpus", LedeProcess.seeds, "scripts/reports/actor_network.lua",
                                          "--param", "type=person", "--param", "min=2", "--param", "format=svg"])
        XCTAssertEqual(result.status, 0, result.stderr)
        func all(_ pattern: String) -> [String] {
            let expression = try? NSRegularExpression(pattern: pattern)
            let text = result.stdout as NSString
            return expression?.matches(in: result.stdout, range: NSRange(location: 0, length: text.length)).map {
                text.substring(with: $0.range(at: 1))
            } ?? []
        }
        XCTAssertTrue(result.stdout.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""), result.stdout)
        XCTAssertEqual(all(#"<line [^>]*stroke-width="(\d+)""#), ["8", "2", "2", "2"])
        XCTAssertEqual(all(#"<line [^>]*><title>([^<]*)</title>"#).first, "Benjamin Netanyahu – Sergei Lavrov: 8 sentences in 2 articles")
        XCTAssertEqual(Set(all(#"<text [^>]*>([^<]*)</text>"#)),
                       ["Benjamin Netanyahu", "Sergei Lavrov", "Avigdor Lieberman", "Sergei Shoigu", "Barak Ravid", "Vladimir Putin"])
        XCTAssertEqual(all(#"(<circle )"#).count, 6)
        // Well-formed XML, as a browser needs it.
        let file = try LedeProcess.temporaryDirectory(self).appendingPathComponent("network.svg")
        try result.stdout.write(to: file, atomically: true, encoding: .utf8)
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])", file.path]
        try check.run()
        check.waitUntilExit()
        XCTAssertEqual(check.terminationStatus, 0, "not well-formed XML")
    }

    /// The distances lede finds, each checked against its sentence; 65 miles is 104.6 km.
    /// "80 km" is in what an unnamed "TV report says", so it is unattributed.
    /// It misses "100km" in 002's headline and "several kilometers" in 004 p7.
    func testDistances() throws {
        try expect("distances.lua", [], """
            # Distances

            8 distances, in kilometres.

            | km    | text                              | speaker            | article              | date       |
            | ----- | --------------------------------- | ------------------ | -------------------- | ---------- |
            | 5     | about five kilometers             | reporter           | 001_aa87f1e3245c7cf3 |            |
            | 5–20  | around five to 20 kilometers      | reporter           | 001_aa87f1e3245c7cf3 |            |
            | 60    | at least 60 kilometers (37 miles) | reporter           | 001_aa87f1e3245c7cf3 |            |
            | 70–80 | 70 or 80 kilometers (40-50 miles) | Kan                | 003_b934a5164bfca69f | 2018-05-10 |
            | 80    | 80 km                             | unattributed       | 003_b934a5164bfca69f | 2018-05-10 |
            | 100   | at least 100 kilometers           | Reuters            | 002_29a7cc1ec4dfa27c |            |
            | 100   | 100 kilometres                    | Benjamin Netanyahu | 002_29a7cc1ec4dfa27c |            |
            | 104.6 | 65 miles                          | Ravid’s source     | 002_29a7cc1ec4dfa27c |            |

            """)
    }

    /// Lavrov's "two-way street" in the same words in 000 p2 and 004 p5, neither of which
    /// names its outlet: shown apart, not counted as two outlets. Lieberman's thanks in two
    /// translations in 001 p2 (jpost.com) and 003 p19 (Times of Israel), 13 of 21 words in
    /// common, in order: two named outlets.
    func testCorroboration() throws {
        try expect("corroboration.lua", [], """
            # Corroboration

            1 statement carried by at least 2 outlets.

            ## 1. “The state of Israel appreciates Russia‘s understanding of our security concerns, particularly regarding the situation at our northern border”

            Carried by 2 outlets, in 2 reports:

            - Avigdor Lieberman, wrote (jpost.com; undated; 001_aa87f1e3245c7cf3, paragraph 2)
            - Avigdor Lieberman, told (Times of Israel; 2018-05-10; 003_b934a5164bfca69f, paragraph 19)

            1 more statement is repeated in 2 or more reports, but not by 2 named outlets (quotes() lists them).

            """)
    }

    /// Lavrov's claims: 000 is dated 2018-05-29 ("Published:"), 003 2018-05-10 (inferred from
    /// the latest date near its top, a lower bound); 001 and 004 carry no date.
    func testTimelineOfOneActor() throws {
        try expect("timeline.lua", ["--param", "actor=Lavrov"], """
            # Timeline of Sergei Lavrov

            ## 2018-05-10

            - **Israel said in ‘advanced talks’ with Russia on Iranian pullout from Syria border** (003_b934a5164bfca69f, Times of Israel)
              - Sergei Lavrov said: foreign militias — including Iran — should leave southwestern Syria as soon as possible, state media outlet TASS reported

            ## 2018-05-29

            - **Israel, Russia Reach 'Understanding' on Iranian Presence in Syria** (000_8a33cc99068fd678)
              - Sergei Lavrov told: Of course, the withdrawal of all non-Syrian forces must be carried out on a mutual basis, this should be a two-way street

            ## Undated

            - **Defense Minister Avigdor Lieberman met with his Russian counterpart, Sergei Shoigu, in Moscow on Thursday to discuss the tensions between Israel and the Iranian forces in Syria.** (001_aa87f1e3245c7cf3, jpost.com)
              - Sergei Lavrov said: only Syrian government troops should have a presence on the country’s southern border

            - **Russian FM Lavrov: All Foreign Troops, Including Iran’s, Must Leave Syria** (004_84c2579b1b716eb3)
              - Sergei Lavrov said: All Foreign Troops, Including Iran’s, Must Leave Syria
              - Sergei Lavrov said: all non-Syrian forces should withdraw from southwestern Syria as soon as possible, echoing his calls from earlier this week in an attempt to cool tensions between Israel and Iran
              - Sergei Lavrov told: only Syrian troops should be stationed in rebel-held Daraa province, a region adjacent to the Israeli border
              - Sergei Lavrov said: Of course, the withdrawal of all non-Syrian forces must be carried out on a mutual basis, this should be a two-way street
              - Sergei Lavrov said: The result of this work which should continue and is continuing should be a situation when representatives of the Syrian Arab Republic’s army stand at Syria’s border with Israel.

            """)
    }

    /// Only 000 (2018-05-29) is dated after the 20th; its ten claims, counted in the text:
    /// p1, p2, p3, p5, p6, p8, p9, p11 and two in p12. Direct quotes come first.
    func testDigestSinceADay() throws {
        try expect("digest.lua", ["--param", "since=2018-05-20", "--param", "claims=3"], """
            # Digest since 2018-05-20

            1 article, 10 claims.

            ## Israel, Russia Reach 'Understanding' on Iranian Presence in Syria

            2018-05-29 · Isabel Fisher · 000_8a33cc99068fd678

            - **Chagai Tzuriel**: “When you consider the advanced weapon systems - surface to surface missiles and anti aircraft systems - that the Iranians want to deploy in Syria, it becomes clear that they must be prevented from doing so in all of Syria and not only within a limited distance from the Israeli border”
            - **Sergei Lavrov**: “Of course, the withdrawal of all non-Syrian forces must be carried out on a mutual basis, this should be a two-way street”
            - **Benjamin Netanyahu**: “The result of the ongoing work should be a situation in which troops of the Syrian Armed Forces will be stationed alongside the Syrian border with Israel”
            - …and 7 more claims

            3 undated articles not included: 001_aa87f1e3245c7cf3, 002_29a7cc1ec4dfa27c, 004_84c2579b1b716eb3.

            """)
    }

    func testEveryReportDeclaresItsParametersAndRunsInTheSandbox() throws {
        let folder = LedeProcess.packageRoot.appendingPathComponent("scripts/reports")
        let reports = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".lua") }.sorted()
        XCTAssertGreaterThanOrEqual(reports.count, 6)
        for report in reports {
            let path = folder.appendingPathComponent(report).path
            let help = try LedeProcess.run(["run", path, "--help"])
            XCTAssertEqual(help.status, 0, report)
            XCTAssertTrue(help.stdout.contains("Parameters:\n"), "\(report) declares its parameters")
            let parameters = report == "digest.lua" ? ["--param", "since=2018-01-01"] : []
            let run = try LedeProcess.run(["run", "--sandbox", "--timeout", "30", "--memory", "200", path] + parameters)
            XCTAssertEqual(run.status, 0, "\(report): \(run.stderr)")
            XCTAssertFalse(run.stdout.isEmpty, report)
        }
    }

    func testDigestNeedsItsDay() throws {
        let path = LedeProcess.packageRoot.appendingPathComponent("scripts/reports/digest.lua").path
        let result = try LedeProcess.run(["run", path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "lede: \(path) needs --param since=YYYY-MM-DD: The first day to include (YYYY-MM-DD).\n")
    }

    func testUnknownActorIsAScriptErrorWithItsLine() throws {
        let path = LedeProcess.packageRoot.appendingPathComponent("scripts/reports/who_said_what.lua").path
        let result = try LedeProcess.run(["run", path, "--param", "speaker=Nobody Atall"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("\(path):14: no actor called 'Nobody Atall' in this corpus\n"), result.stderr)
    }
}
