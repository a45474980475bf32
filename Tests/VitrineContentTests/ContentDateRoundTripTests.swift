import Foundation
import Testing
@testable import VitrineContent
import VitrineTestSupport

/// A content date printed and parsed back, for random dates of every precision, on its own
/// and through the loader (front matter → `FieldReader.date`); and the parser agrees with the
/// Gregorian calendar about which dates exist.
@Suite struct ContentDateRoundTripTests {
    static func randomDate(_ random: inout SeededGenerator) -> ContentDate? {
        let precision = [ContentDate.Precision.year, .month, .day][Int.random(in: 0..<3, using: &random)]
        let year = Int.random(in: 1...9999, using: &random)
        let month = precision == .year ? 1 : Int.random(in: 1...12, using: &random)
        let day = precision == .day ? Int.random(in: 1...31, using: &random) : 1
        return ContentDate(year: year, month: month, day: day, precision: precision)
    }

    @Test func printedDatesParseBackToThemselves() {
        var random = SeededGenerator(seed: 2026)
        var checked = 0
        for _ in 0..<20_000 {
            guard let date = Self.randomDate(&random) else { continue }
            checked += 1
            #expect(ContentDate(parsing: date.description) == date, "\(date)")
            #expect(ContentDate(parsing: date.fullDate) == ContentDate(year: date.year, month: date.month, day: date.day))
        }
        #expect(checked > 18_000)
    }

    /// Any text the parser accepts prints back as exactly that text: nothing is read loosely.
    @Test func acceptedTextPrintsBackUnchanged() {
        var random = SeededGenerator(seed: 14)
        let alphabet = Array("0123456789-") + ["1", "2", "0", " ", "+", "٣", "１", "T", "\u{301}"]
        var accepted = 0
        for _ in 0..<50_000 {
            let length = Int.random(in: 0...11, using: &random)
            let text = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
            guard let date = ContentDate(parsing: text) else { continue }
            accepted += 1
            #expect(date.description == text)
        }
        #expect(accepted > 100)
    }

    /// Leap years and month lengths agree with Foundation's Gregorian calendar (from 1600,
    /// where Foundation's calendar is Gregorian, not Julian).
    @Test func theDatesThatExistAreTheCalendars() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var random = SeededGenerator(seed: 1582)
        for _ in 0..<5_000 {
            let year = Int.random(in: 1600...9999, using: &random), month = Int.random(in: 1...12, using: &random)
            let first = try #require(calendar.date(from: DateComponents(year: year, month: month, day: 1)))
            let days = try #require(calendar.range(of: .day, in: .month, for: first))
            #expect(ContentDate(year: year, month: month, day: days.count) != nil, "\(year)-\(month)-\(days.count)")
            #expect(ContentDate(year: year, month: month, day: days.count + 1) == nil, "\(year)-\(month)-\(days.count + 1)")
        }
    }

    /// Through the loader: a card's `date:` as the date prints, plain and quoted, reads back as the same date.
    @Test func aDateInFrontMatterReadsBack() throws {
        let folder = try Fixtures.assemble(nil)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        var random = SeededGenerator(seed: 7)
        var written: [String: ContentDate] = [:]
        while written.count < 40 {
            guard let date = Self.randomDate(&random) else { continue }
            let id = "datum-\(written.count)"
            let value = written.count.isMultiple(of: 2) ? date.description : "\"\(date.description)\""
            try "---\ntitle: Datum\nsummary: Een datum.\npublication: rapport\nkind: belemmering\nthemes: [scholing]\ndate: \(value)\n---\n"
                .write(to: folder.appendingPathComponent("cards/\(id).md"), atomically: true, encoding: .utf8)
            written[id] = date
        }
        let result = ContentLoader(directory: folder.path, displayPath: "Content").load()
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        let graph = try #require(result.graph)
        for (id, date) in written {
            #expect(graph.item(ItemKey(.card, id))?.date == date, "\(id): \(date)")
        }
    }
}
