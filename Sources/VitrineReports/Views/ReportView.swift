import VitrineTemplates

/// The view models the Markdown templates (`Templates/markdown/`) render. Every text in them is
/// already inline Markdown (escaped by `PandocText`), or a Markdown block where the name says so.
/// Names differ per level because Mustache looks a missing value up in the enclosing views.

struct ReportView {
    var meta: MetadataView
    var chapters: [SectionView]
    var bibliography: BibliographyView?
}

extension ReportView: TemplateRecord {
    static let templateFields = TemplateFields<ReportView> {
        $0.interfaceStrings("labels")
        $0.object("meta") { $0.meta }
        $0.list("chapters") { $0.chapters }
        $0.object("bibliography") { $0.bibliography }
    }
}
