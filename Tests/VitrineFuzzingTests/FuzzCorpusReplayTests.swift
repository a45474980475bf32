import Foundation
import Testing
import VitrineFuzzing

/// Every input the fuzzers keep (`Fuzz/corpus/<target>/`, seeds and what they found
/// interesting) and every finding (`Fuzz/regressions/<target>/`) through the same harness,
/// without sanitizers: no finding rule may break, and a finding gives exactly the diagnostics
/// of its `.expected` file (one `vitrine check` line each, in English).
@Suite struct FuzzCorpusReplayTests {
    static let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fuzz").standardizedFileURL

    /// The inputs under `Fuzz/<kind>/<target>/`, sorted; `.expected` files are not inputs.
    static func inputs(_ kind: String, _ target: FuzzTarget) -> [URL] {
        let folder = fuzz.appendingPathComponent("\(kind)/\(target.rawValue)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasSuffix(".expected") && !$0.hasPrefix(".") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    @Test(arguments: FuzzTarget.allCases)
    func corpusKeepsTheRules(_ target: FuzzTarget) throws {
        let files = Self.inputs("corpus", target)
        #expect(files.count >= 5, "the seed corpus of \(target) is missing")
        for file in files {
            let violations = target.run(try Self.bytes(file)).violations
            #expect(violations.isEmpty, "\(target.rawValue)/\(file.lastPathComponent): \(violations)")
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func regressionsGiveTheirExpectedDiagnostics(_ target: FuzzTarget) throws {
        for file in Self.inputs("regressions", target) {
            let run = target.run(try Self.bytes(file))
            let name = "\(target.rawValue)/\(file.lastPathComponent)"
            #expect(run.violations.isEmpty, "\(name): \(run.violations)")
            let expectedURL = file.appendingPathExtension("expected")
            let expected = try #require(try? String(contentsOf: expectedURL, encoding: .utf8), "\(name) has no .expected file")
            #expect(run.lines == expected.split(separator: "\n", omittingEmptySubsequences: true).map(String.init), "\(name)")
        }
    }

    /// The rules themselves: a position past the file's last line or its line's end is caught.
    @Test func theRulesCatchAPositionOutsideTheFile() {
        let file = FuzzFile(path: "Content/cards/x.md", bytes: Array("ab\nc".utf8))
        func check(_ line: Int, _ column: Int) -> Int {
            FindingRules.violations(of: [.error(.missingFrontMatter, at: .init(file: file.path, line: line, column: column))],
                                    in: [file]).count
        }
        #expect(check(1, 3) == 0)
        #expect(check(2, 2) == 0)
        #expect(check(1, 4) == 1)
        #expect(check(2, 3) == 1)
        #expect(check(3, 1) == 1)
        #expect(FindingRules.violations(of: [.error(.missingFrontMatter, at: .init(file: "elsewhere"))], in: [file]).count == 1)
    }
}
