import VitrineTemplates

/// The sitemap: every page's URL.
struct SitemapView {
    var urls: [SitemapURL]
}

extension SitemapView: TemplateRecord {
    static let templateFields = TemplateFields<SitemapView> {
        $0.list("urls") { $0.urls }
    }
}
