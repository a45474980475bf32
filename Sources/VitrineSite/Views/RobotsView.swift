import VitrineTemplates

/// robots.txt: where the sitemap is.
struct RobotsView {
    var sitemap: String
}

extension RobotsView: TemplateRecord {
    static let templateFields = TemplateFields<RobotsView> {
        $0.text("sitemap") { $0.sitemap }
    }
}
