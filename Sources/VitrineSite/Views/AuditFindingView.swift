import VitrineTemplates

/// A problem a check reported, in the tool's own words.
struct AuditFindingView {
    var text: String
}

extension AuditFindingView: TemplateRecord {
    static let templateFields = TemplateFields<AuditFindingView> {
        $0.text("text") { $0.text }
    }
}
