/// A calendar date as written in content: `YYYY-MM-DD`, or `YYYY-MM` or `YYYY` when the
/// source gives no more (a report dated "november 2020" is not given a day it does not have).
public struct ContentDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day

        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public var year: Int
    /// 1 when only the year is known.
    public var month: Int
    /// 1 when only the year or the month is known.
    public var day: Int
    public var precision: Precision

    public init?(year: Int, month: Int = 1, day: Int = 1, precision: Precision = .day) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...ContentDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.precision = precision
    }

    /// Parses exactly `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, rejecting dates that do not exist (2023-02-30).
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count),
              parts.enumerated().allSatisfy({ $1.count == widths[$0] && $1.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        self.init(year: numbers[0], month: numbers.count > 1 ? numbers[1] : 1, day: numbers.count > 2 ? numbers[2] : 1,
                  precision: numbers.count == 3 ? .day : numbers.count == 2 ? .month : .year)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// As written: `2023-06-07`, `2020-11` or `2023` (also valid W3C and ISO 8601 dates).
    public var description: String {
        switch precision {
        case .year: Self.pad(year, 4)
        case .month: "\(Self.pad(year, 4))-\(Self.pad(month, 2))"
        case .day: "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
        }
    }

    /// Always `YYYY-MM-DD`, the first day of the period when less is known (for feeds,
    /// which require a full date).
    public var fullDate: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }

    public static func < (a: ContentDate, b: ContentDate) -> Bool {
        (a.year, a.month, a.day, a.precision.rawValue) < (b.year, b.month, b.day, b.precision.rawValue)
    }
}
