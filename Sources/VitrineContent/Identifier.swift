import Yams

/// The rules for ids of items, terms and reports.
public enum Identifier {
    public static let maximumLength = 80

    /// Why `id` is not a valid id, or nil when it is.
    public static func problem(with id: String) -> String? {
        if id.isEmpty { return "an id cannot be empty" }
        if id.count > maximumLength { return "longer than \(maximumLength) characters (\(id.count))" }
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if !allowed { return "use only lowercase letters a-z, digits and hyphens" }
        if id.hasPrefix("-") || id.hasSuffix("-") { return "an id cannot start or end with a hyphen" }
        if id.contains("--") { return "an id cannot contain two hyphens in a row" }
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
