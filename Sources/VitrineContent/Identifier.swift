import Yams

/// The rules for ids of items, terms and reports.
public enum Identifier {
    public static let maximumLength = 80

    /// Why `id` is not a valid id (a fragment of the catalogs), or nil when it is.
    public static func problem(with id: String) -> DiagnosticText? {
        if id.isEmpty { return .phrase("id.empty") }
        if id.count > maximumLength {
            return .phrase("id.too-long", ["maximum": .value(String(maximumLength)), "length": .value(String(id.count))])
        }
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if !allowed { return .phrase("id.characters") }
        if id.hasPrefix("-") || id.hasSuffix("-") { return .phrase("id.hyphen-at-end") }
        if id.contains("--") { return .phrase("id.double-hyphen") }
        return nil
    }

    /// A valid id close to `name`, offered as a fix: lowercase, accents stripped, spaces to hyphens.
    public static func suggestion(for name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var result = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") && !result.isEmpty {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return String(result.prefix(maximumLength))
    }
}

import Foundation
