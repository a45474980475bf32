import Foundation

/// Text made safe for Pandoc Markdown: what a view model hands to a template is already
/// "inline Markdown", the way an HTML view hands escaped text to an HTML template.
enum PandocText {
    /// Characters Pandoc could read as syntax inside a line: emphasis, links, raw HTML,
    /// tables, super- and subscript, math, citations, entities.
    private static let specials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "^", "~", "$", "@", "&"]

    /// Plain text as inline Markdown: specials escaped, line breaks folded into spaces, and a
    /// start that would open a list or a heading defused.
    static func inline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var lastWasSpace = false
        for character in text {
            if character.isNewline || character == "\t" {
                if !lastWasSpace && !out.isEmpty { out.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = character == " "
            if specials.contains(character) { out.append("\\") }
            out.append(character)
        }
        while out.hasSuffix(" ") { out.removeLast() }
        // A paragraph drops its leading spaces anyway, and four of them would open a code block.
        return defuseBlockStart(String(out.drop { $0 == " " }))
    }

    /// Plain text as the value of a quoted attribute (`{alt="..."}`): backslashes and quotes
    /// escaped, line breaks folded into spaces.
    static func attribute(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case _ where character.isNewline || character == "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// `- x`, `+ x`, `1. x` and `1) x` at the start of a paragraph would open a list (so would
    /// `-` and `+` alone), and `---` (spaces between allowed) would be a rule. Pandoc's own
    /// extensions add lists numbered by letters and Roman numerals (`a) x`, `B. x`, `iv. x`),
    /// with the number in parentheses (`(1) x`), a definition (`: x` after a paragraph) and a
    /// fenced div (`::: x`).
    private static func defuseBlockStart(_ text: String) -> String {
        if let first = text.first, first == "-" || first == "+" {
            let rest = text.dropFirst()
            let isRule = text.allSatisfy { $0 == "-" || $0 == " " } && text.filter { $0 == "-" }.count >= 3
            if rest.isEmpty || rest.hasPrefix(" ") || isRule { return "\\" + text }
        }
        if text.hasPrefix(":") { return "\\" + text }
        let parenthesised = text.hasPrefix("(")
        let start = parenthesised ? text.dropFirst() : Substring(text)
        let number = start.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard isListNumber(number) else { return text }
        let rest = start.dropFirst(number.count)
        guard let delimiter = rest.first, delimiter == ")" || (delimiter == "." && !parenthesised),
              rest.count == 1 || rest.dropFirst().first == " " else { return text }
        // Pandoc leaves initials alone: one capital and a period make a list only before two spaces.
        let initial = number.count == 1 && number.first?.isUppercase == true && delimiter == "." && !parenthesised
        if initial, rest.dropFirst().first == " ", let next = rest.dropFirst(2).first, next != " " { return text }
        return parenthesised ? "\\" + text : number + "\\" + rest
    }

    /// What Pandoc reads as a list item's number: up to 9 digits, one letter, or Roman numerals.
    private static func isListNumber(_ text: Substring) -> Bool {
        guard !text.isEmpty else { return false }
        if text.allSatisfy({ $0.isNumber }) { return text.count <= 9 }
        return text.count == 1 || text.allSatisfy { "ivxlcdmIVXLCDM".contains($0) }
    }

    /// An identifier for a heading or anchor: lowercase ASCII letters, digits and hyphens.
    static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var out = ""
        for scalar in folded.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty && !out.hasSuffix("-") {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "sectie" : String(out.prefix(60))
    }

    /// Compares texts the way a reader orders them: case and accents folded, and runs of
    /// digits by value (so "5.2" < "5.10"). Independent of the machine's locale.
    static func naturalLess(_ a: String, _ b: String) -> Bool {
        let fa = a.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let fb = b.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let ca = chunks(fa), cb = chunks(fb)
        for (x, y) in zip(ca, cb) where x != y {
            switch (x, y) {
            case (.number(let m, let ms), .number(let n, let ns)):
                return m != n ? m < n : ms < ns
            case (.number, .text): return true
            case (.text, .number): return false
            case (.text(let s), .text(let t)): return s < t
            }
        }
        if ca.count != cb.count { return ca.count < cb.count }
        return a < b
    }

    private enum Chunk: Equatable {
        case text(String)
        case number(Double, String)
    }

    private static func chunks(_ text: String) -> [Chunk] {
        var result: [Chunk] = []
        var current = ""
        var inDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            if inDigits {
                result.append(.number(Double(current) ?? 0, current))
            } else {
                result.append(.text(current))
            }
            current = ""
        }
        for character in text {
            let digit = character.isASCII && character.isNumber
            if digit != inDigits { flush(); inDigits = digit }
            current.append(character)
        }
        flush()
        return result
    }
}
