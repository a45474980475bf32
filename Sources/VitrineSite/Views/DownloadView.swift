import VitrineTemplates

/// A data file offered for download, with its size.
struct DownloadView {
    var url: String
    /// Kilobytes with one decimal, formatted for the site's language ("1,2"; at least "0,1").
    var kilobytes: String
}

extension DownloadView: TemplateRecord {
    static let templateFields = TemplateFields<DownloadView> {
        $0.text("url") { $0.url }
        $0.text("kilobytes") { $0.kilobytes }
    }
}
