import Foundation

/// One change to a site's files, as a value: what a random edit sequence is made of. Each
/// edit is a whole file written, a file removed or a file renamed, with paths relative to the
/// site's root (`Content/...`, `Templates/...`), so that any subsequence of a sequence can be
/// replayed on its own (a removal or rename of a file that is not there does nothing), which
/// is what shrinking a failing sequence needs.
enum SiteEdit: Equatable, CustomStringConvertible {
    case write(String, String)
    case delete(String)
    case rename(String, String)

    /// The paths a file watcher would report for this edit.
    var paths: [String] {
        switch self {
        case .write(let path, _), .delete(let path): [path]
        case .rename(let from, let to): [from, to]
        }
    }

    /// Applies the edit under `root`; returns the absolute paths it touched.
    @discardableResult
    func apply(in root: URL) throws -> Set<String> {
        let manager = FileManager.default
        switch self {
        case .write(let path, let text):
            let url = root.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        case .delete(let path):
            let url = root.appendingPathComponent(path)
            if manager.fileExists(atPath: url.path) { try manager.removeItem(at: url) }
        case .rename(let from, let to):
            let source = root.appendingPathComponent(from), target = root.appendingPathComponent(to)
            if manager.fileExists(atPath: source.path), !manager.fileExists(atPath: target.path) {
                try manager.moveItem(at: source, to: target)
            }
        }
        return Set(paths.map { root.appendingPathComponent($0).standardizedFileURL.path })
    }

    /// The same edit applied to a model of the files (path → text).
    func apply(to files: inout [String: String]) {
        switch self {
        case .write(let path, let text): files[path] = text
        case .delete(let path): files[path] = nil
        case .rename(let from, let to):
            if let text = files[from], files[to] == nil {
                files[from] = nil
                files[to] = text
            }
        }
    }

    /// As Swift source, so that a shrunk failing sequence can be pasted into a test.
    var description: String {
        switch self {
        case .write(let path, let text): ".write(\(Self.literal(path)), \(Self.literal(text)))"
        case .delete(let path): ".delete(\(Self.literal(path)))"
        case .rename(let from, let to): ".rename(\(Self.literal(from)), \(Self.literal(to)))"
        }
    }

    private static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20: out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
