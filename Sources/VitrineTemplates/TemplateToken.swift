/// One piece of a template source: text (split after every newline, so a line's end is
/// always the end of a token) or a tag, with annotations the whitespace rules add.
struct TemplateToken {
    enum TagKind: Equatable {
        case escaped, unescaped, section, inverted, close, comment, partial, parent, block, delimiters, pragma

        /// Interpolations never stand alone on a line; every other tag may.
        var canStandAlone: Bool { self != .escaped && self != .unescaped }
        var opensElement: Bool { self == .section || self == .inverted || self == .parent || self == .block }
    }

    enum Kind {
        case text([UInt8])
        case tag(TagKind, String)
        /// Where a source line begins: the renderer writes the current indentation here.
        case lineStart
    }

    var kind: Kind
    var line: Int
    var column: Int
    /// The whitespace rules dropped this token.
    var removed = false
    /// A standalone partial or parent: the leading whitespace of its line, added to every
    /// line it expands to.
    var lineIndentation: [UInt8]?
    /// A block (parameter): indentation added to each line of the argument overriding it,
    /// and whether that argument's first line gets it too.
    var overrideIndentation: [UInt8] = []
    var overrideIndentsFirstLine = false
    /// An argument block whose content starts in the middle of the opening tag's line.
    var startsMidLine = false

    var tagKind: TagKind? {
        if case .tag(let kind, _) = kind { return kind }
        return nil
    }

    var text: [UInt8]? {
        if case .text(let bytes) = kind { return bytes }
        return nil
    }

    var isWhitespaceText: Bool { text.map(TemplateBytes.isBlank) ?? false }
    var endsLine: Bool { text?.last == UInt8(ascii: "\n") }
}

/// Byte helpers for template sources.
enum TemplateBytes {
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// The spaces and tabs a text starts with.
    static func leadingIndentation(_ bytes: [UInt8]) -> [UInt8] {
        Array(bytes.prefix { $0 == 0x20 || $0 == 0x09 })
    }
}
