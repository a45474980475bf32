import Foundation
import VitrineContent

/// Numbers and dates in the style of the site's language, by Foundation's locale-aware
/// formatters (ICU): 16.073, 48,6%, € 30.000 and 7 juni 2023 in Dutch; 16,073, 48.6%, €30,000
/// and 7 June 2023 in English. Which locale a language formats in is the theme's choice: the
/// `locale` string of its `i18n/<language>.yml` (`nl-NL`, `en-GB`), else the language itself.
public struct ValueFormatter: Sendable {
    public let strings: InterfaceStrings
    private var dutch: Bool { strings.language == "nl" }
    private let locale: Locale
    private let calendar: Calendar

    public init(strings: InterfaceStrings) {
        self.strings = strings
        let identifier = strings.labels["locale"] ?? strings.language
        locale = Locale(identifier: identifier.isEmpty ? "en" : identifier)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        calendar.locale = locale
        self.calendar = calendar
    }

    /// A number with grouped thousands and at most `maximumDecimals` decimals, trailing zeros dropped.
    public func number(_ value: Double, maximumDecimals: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<maximumDecimals { scale *= 10 }
        // Rounded first, so that -0.004 is "0", never "-0".
        let rounded = (value * scale).rounded() / scale
        return (rounded == 0 ? 0 : rounded).formatted(
            FloatingPointFormatStyle<Double>.number.locale(locale).precision(.fractionLength(0...maximumDecimals)))
    }

    /// A value with its unit: `%` joins the number, `euro` becomes an amount, others follow with a space.
    public func value(_ value: Double, unit: String?) -> String {
        switch unit?.lowercased() {
        case "%": return number(value, maximumDecimals: 1) + "%"
        case "euro", "€": return dutch ? "€ " + number(value) : "€" + number(value)
        case nil, "": return number(value)
        default: return number(value) + " " + unit!
        }
    }

    /// 7 juni 2023, november 2020 or 2023: as precise as the date is.
    public func date(_ date: ContentDate) -> String {
        FormattedDateCache.shared.text(.init(locale: locale.identifier, date: date)) { formatted(date) }
    }

    private func formatted(_ date: ContentDate) -> String {
        let components = DateComponents(year: date.year, month: max(1, date.month), day: max(1, date.day))
        guard date.precision != .year, let day = calendar.date(from: components) else { return String(date.year) }
        let style = Date.FormatStyle(locale: locale, calendar: calendar, timeZone: calendar.timeZone)
        switch date.precision {
        case .year: return String(date.year)
        case .month: return day.formatted(style.month(.wide).year())
        case .day: return day.formatted(style.day().month(.wide).year())
        }
    }
}
