import VitrineMarkdown
import Yams

enum ReferenceParsing {
    static let webSchemes: Set<String> = ["http", "https", "mailto", "tel", "ftp"]

    /// Parses `type:id`, reporting a malformed reference.
    static func parse(_ text: String, at location: SourceLocation, diagnostics: inout [Diagnostic]) -> ReferenceTarget? {
        guard let target = ReferenceTarget(parsing: text) else {
            let hint: DiagnosticText
            if let scheme = scheme(of: text), let type = Suggestion.closest(to: scheme, among: ReferenceTarget.typeNames) {
                hint = .phrase("did-you-mean", ["suggestion": .value("\(type):")])
            } else {
                hint = .phrase("write-reference", ["types": .value(ReferenceTarget.typeNames.joined(separator: ", "))])
            }
            diagnostics.append(.error(.invalidReference, ["reference": .value(text)], at: location, hint: hint))
            return nil
        }
        return target
    }

    /// The letters before the first colon, when there are only letters.
    static func scheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon]
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return scheme.lowercased()
    }
}
