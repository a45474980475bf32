import Foundation

extension DiagnosticLanguage {
    /// `value` with `places` decimals, written the way the language writes them ("4.38", "4,38").
    public func decimal(_ value: Double, places: Int) -> String {
        let english = String(format: "%.\(places)f", value)
        return self == .nl ? english.replacingOccurrences(of: ".", with: ",") : english
    }
}
