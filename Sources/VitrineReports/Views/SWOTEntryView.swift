import VitrineTemplates

struct SWOTEntryView {
    var entryText: String
    var entryLink: LinkView?
}

extension SWOTEntryView: TemplateRecord {
    static let templateFields = TemplateFields<SWOTEntryView> {
        $0.text("entryText") { $0.entryText }
        $0.object("entryLink") { $0.entryLink }
    }
}
