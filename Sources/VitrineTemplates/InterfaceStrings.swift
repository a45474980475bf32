import Foundation
import VitrineContent
import Yams

/// Interface strings of one language (`i18n/<language>.yml`): labels, and month names for dates.
public struct InterfaceStrings: Equatable, Sendable {
    public let language: String
    public let labels: [String: String]
    public let months: [String]

    public init(language: String, labels: [String: String], months: [String]) {
        self.language = language
        self.labels = labels
        self.months = months
    }

    public subscript(_ key: String) -> String { labels[key] ?? key }

    static func load(directory: String, root: URL, language: String, diagnostics: inout [Diagnostic]) -> InterfaceStrings? {
        let path = "\(directory)/i18n/\(language).yml"
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent("i18n/\(language).yml").path),
              let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(.error(.missingStringsFile, ["language": .value(language)], at: SourceLocation(file: path)))
            return nil
        }
        return parse(text, language: language, file: path, diagnostics: &diagnostics)?.strings
    }

    /// One strings file, with where each key is written (for cross-language checks).
    static func parse(_ text: String, language: String, file path: String,
                      diagnostics: inout [Diagnostic]) -> (strings: InterfaceStrings, keys: [String: SourceLocation])? {
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch {
            diagnostics.append(.error(.invalidStringsYAML, ["problem": .value("\(error)")], at: SourceLocation(file: path)))
            return nil
        }
        guard case .mapping(let mapping)? = node else {
            diagnostics.append(.error(.stringsNotAMapping, at: SourceLocation(file: path)))
            return nil
        }
        var labels: [String: String] = [:]
        var months: [String] = []
        var keys: [String: SourceLocation] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            keys[name] = SourceLocation(file: path, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1)
            if name == "months" {
                months = value.sequence?.compactMap(\.string) ?? []
            } else if let string = value.string {
                labels[name] = string
            } else {
                let line = value.mark?.line ?? 1, column = value.mark?.column ?? 1
                diagnostics.append(.error(.stringNotText, ["key": .value(name)], at: SourceLocation(file: path, line: line, column: column)))
            }
        }
        if months.count != 12 {
            diagnostics.append(.error(.monthNames, at: SourceLocation(file: path)))
        }
        return (InterfaceStrings(language: language, labels: labels, months: months), keys)
    }
}
