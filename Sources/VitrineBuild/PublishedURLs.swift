import Foundation
import VitrineContent
import VitrineSite

/// The content's list of published URLs as one run sees it: read at the start, checked against
/// the plan, and (for `vitrine build`) written back with what the run published.
struct PublishedURLs {
    /// The list as read, with the URLs withdrawn by `--retire` marked gone.
    var list: PublishedURLList
    /// The file's text as read; nil when there was no file.
    var original: String?
    /// The URLs the file marked gone before this run.
    var goneBefore: Set<String> = []
    /// The URLs `--retire` names, as written and in their one spelling.
    var retired: [(written: String, path: String)] = []
    /// The file's path as diagnostics name it.
    var file: String
    var url: URL

    init(content: String) {
        url = URL(fileURLWithPath: content).appendingPathComponent(PublishedURLList.fileName)
        file = (content as NSString).appendingPathComponent(PublishedURLList.fileName)
        list = PublishedURLList()
    }

    /// The paths the site makes that it remembers: every page but the home page and the further
    /// pages of a list (which come and go with the number of items), and every alias.
    static func remembered(_ jobs: [SiteJob]) -> Set<String> {
        var paths: Set<String> = []
        for job in jobs {
            guard case .page(let path, _, let source) = job.kind, path != "/" else { continue }
            switch source {
            case .list(_, let page) where page > 1: continue
            case .term(_, let page) where page > 1: continue
            case .publicationItems, .gone: continue
            default: paths.insert(path)
            }
        }
        return paths
    }

    /// The list this run leaves: what it read, with everything it made added.
    func updated(making paths: Set<String>) -> PublishedURLList {
        var next = list
        for path in paths { next.publish(path) }
        return next
    }

    /// Writes the list beside the content's other files, atomically; nil when nothing changed,
    /// else how many URLs were added and how many withdrawn.
    func write(_ next: PublishedURLList) throws -> (added: Int, withdrawn: Int)? {
        let text = next.text
        guard text != original else { return nil }
        // Written beside the file and renamed over it: never half a list.
        try Data(text.utf8).write(to: url, options: .atomic)
        let added = next.entries.keys.filter { !list.contains($0) }.count
        return (added, Set(next.gone).subtracting(goneBefore).count)
    }
}
