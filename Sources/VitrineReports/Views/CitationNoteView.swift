import VitrineTemplates

struct CitationNoteView {
    var sourceLink: LinkView
    var sourceYear: String?
    var sourceSection: String?
    var sourcePage: String?
    var sourcePageLabel: String
}

extension CitationNoteView: TemplateRecord {
    static let templateFields = TemplateFields<CitationNoteView> {
        $0.interfaceStrings("labels")
        $0.object("sourceLink") { $0.sourceLink }
        $0.text("sourceYear") { $0.sourceYear }
        $0.text("sourceSection") { $0.sourceSection }
        $0.text("sourcePage") { $0.sourcePage }
        $0.text("sourcePageLabel") { $0.sourcePageLabel }
    }
}
