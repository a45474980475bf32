import Foundation
import VitrineContent
import VitrineTemplates

/// A fingerprint of every template's source, by name (`html/card`), so a run can tell which
/// templates changed since the last one.
enum TemplateFingerprints {
    static func read(_ directory: String) -> [String: UInt64] {
        var result: [String: UInt64] = [:]
        for path in FileManager.default.subpaths(atPath: directory) ?? [] where path.hasSuffix(".mustache") {
            guard let data = FileManager.default.contents(atPath: directory + "/" + path) else { continue }
            result[String(path.dropLast(".mustache".count))] = FNV1a.hash(data)
        }
        return result
    }
}
