import VitrineContent
import VitrineMarkdown

/// Renders an item's Markdown body to HTML: references become site links, autolinks to an
/// item show its title, and raw HTML stays out unless the site opts in.
struct BodyRenderer {
    let graph: TrackedGraph

    /// An item's body as HTML and text, or why its file no longer gives it.
    func rendered(_ body: ItemBody) -> Result<(html: String, text: String), Diagnostic> {
        do { return .success(rendered(try body.text())) } catch { return .failure(error) }
    }

    /// The body as HTML and as plain text (for the search index), from one parse.
    func rendered(_ markdown: String, allowRawHTML: Bool = false) -> (html: String, text: String) {
        guard !markdown.isEmpty else { return ("", "") }
        let document = MarkdownDocument(markdown)
        document.rewriteLinks { link in
            guard let target = ReferenceTarget(parsing: link.destination) else { return nil }
            return LinkRewrite(destination: URLScheme.path(target), text: link.isAutolink ? title(of: target) : nil)
        }
        return (document.renderHTML(allowRawHTML: allowRawHTML), document.plainText())
    }

    func title(of target: ReferenceTarget) -> String {
        switch target {
        case .item(let key): graph.item(key)?.title ?? key.id
        case .term(let key): graph.term(key)?.label ?? key.id
        case .report(let id): graph.report(id)?.title ?? id
        }
    }
}
