import VitrineContent

/// Where the parts of a composed report come from in its definition: a problem that Pandoc or
/// Typst finds at some line of the file they were given is reported at the section of
/// `reports/<id>.yml` that brought that part into the report, naming the item it is in.
///
/// The generated files carry the report's anchors (`{#h-doelgroepen}` in the Markdown,
/// `<h-doelgroepen>` in Pandoc's Typst), and the sections' anchors follow from the definition
/// alone, in its order, as composition hands them out.
public struct ReportSourceMap: Sendable {
    /// The report definition's file.
    public let file: String
    private var sections: [String: (title: String, location: SourceLocation)] = [:]

    public init(report: ReportDefinition) {
        file = report.file
        var anchors = SectionAnchors()
        func walk(_ list: [ReportSection]) {
            for section in list {
                sections[anchors.next(for: section.title)] = (section.title, section.location)
                walk(section.sections)
            }
        }
        walk(report.sections)
    }

    /// The kind of file a line number belongs to.
    public enum Format: Sendable { case markdown, typst }

    /// Where line `line` (1-based) of `text` comes from: the section's place in the definition
    /// (the definition's first line before any section), and a phrase naming the part, such as
    /// "in card 'llo-x' of section 'Doelgroepen'".
    public func place(ofLine line: Int, in text: String, format: Format) -> (location: SourceLocation, part: DiagnosticText) {
        var section: String?
        var item: String?
        var number = 0
        for row in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if number > line { break }
            guard let anchor = Self.anchor(in: row, format: format) else { continue }
            if sections[anchor] != nil {
                section = anchor
                item = nil
            } else if !anchor.hasPrefix("h-") {
                item = anchor
            }
        }
        guard let section, let found = sections[section] else {
            return (SourceLocation(file: file), .phrase("part.before-first-section"))
        }
        let title = DiagnosticText.value(found.title)
        let part = item.map { DiagnosticText.phrase("part.item", ["item": Self.describe(item: $0), "section": title]) }
            ?? .phrase("part.introduction", ["section": title])
        return (found.location, part)
    }

    /// The anchor a heading line carries: `# Title {#anchor}` or Pandoc's `<anchor>` line.
    static func anchor(in line: Substring, format: Format) -> String? {
        switch format {
        case .typst:
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("<"), trimmed.hasSuffix(">"), trimmed.count > 2 else { return nil }
            let name = trimmed.dropFirst().dropLast()
            return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } ? String(name) : nil
        case .markdown:
            guard line.hasPrefix("#"), let open = line.range(of: "{#", options: .backwards) else { return nil }
            let name = line[open.upperBound...].prefix { $0 != "}" && $0 != " " }
            return name.isEmpty ? nil : String(name)
        }
    }

    /// "card 'llo-x'" for the anchor `card-llo-x`.
    static func describe(item anchor: String) -> DiagnosticText {
        for type in ItemType.allCases where anchor.hasPrefix(type.rawValue + "-") {
            return .phrase("the.\(type.rawValue)", ["id": .value(String(anchor.dropFirst(type.rawValue.count + 1)))])
        }
        return .phrase("found-text", ["text": .value(anchor)])
    }
}
