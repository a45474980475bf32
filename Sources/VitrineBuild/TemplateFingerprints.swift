import VitrineContent
import VitrineTheme

/// A fingerprint of every template's source, by name (`html/card`), so a run can tell which
/// templates changed since the last one.
enum TemplateFingerprints {
    static func read(_ theme: Theme) -> [String: UInt64] {
        var result: [String: UInt64] = [:]
        for path in theme.paths where path.hasSuffix(".mustache") {
            guard let file = theme.file(path) else { continue }
            result[String(path.dropLast(".mustache".count))] = FNV1a.hash(file.bytes)
        }
        return result
    }
}
