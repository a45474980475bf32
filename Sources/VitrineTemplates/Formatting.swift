import VitrineContent

/// Numbers and dates in the style of the site's language: 16.073, 48,6%, € 30.000 and
/// 7 juni 2023 in Dutch; 16,073, 48.6%, €30,000 and 7 June 2023 in English.
public struct ValueFormatter: Sendable {
    public let strings: InterfaceStrings
    private var dutch: Bool { strings.language == "nl" }

    public init(strings: InterfaceStrings) {
        self.strings = strings
    }

    /// A number with grouped thousands and at most `maximumDecimals` decimals, trailing zeros dropped.
    public func number(_ value: Double, maximumDecimals: Int = 2) -> String {
        let negative = value < 0
        var scale = 1.0
        for _ in 0..<maximumDecimals { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        let integerPart = Int((rounded / scale).rounded(.down))
        var fraction = Int(rounded - Double(integerPart) * scale)
        var decimals = maximumDecimals
        while decimals > 0 && fraction % 10 == 0 { fraction /= 10; decimals -= 1 }
        var digits = String(integerPart)
        var grouped = ""
        while digits.count > 3 {
            grouped = (dutch ? "." : ",") + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if decimals > 0 {
            let fractionText = String(fraction)
            grouped += (dutch ? "," : ".") + String(repeating: "0", count: decimals - fractionText.count) + fractionText
        }
        return (negative && rounded != 0 ? "-" : "") + grouped
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
        let month = strings.months.indices.contains(date.month - 1) ? strings.months[date.month - 1] : String(date.month)
        switch date.precision {
        case .year: return String(date.year)
        case .month: return "\(month) \(date.year)"
        case .day: return "\(date.day) \(month) \(date.year)"
        }
    }
}
