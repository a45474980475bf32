import VitrineTemplates

/// One page in the sitemap, with the date of its content when it has one.
struct SitemapURL {
    var loc: String
    var lastmod: String?
}

extension SitemapURL: TemplateRecord {
    static let templateFields = TemplateFields<SitemapURL> {
        $0.text("loc") { $0.loc }
        $0.text("lastmod") { $0.lastmod }
    }
}
