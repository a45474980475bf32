import VitrineTemplates

/// The accessibility statement, from the last audit: when and how the site was checked, what
/// passed and what did not, and whom to tell about a problem.
struct AccessibilityView {
    var date: String
    var dateISO: String
    /// Every check found nothing.
    var passed: Bool
    var checks: [AuditCheckView]
    /// The checks that found something, for the statement's list of known problems.
    var failing: [AuditCheckView]
    var pages: [LinkView]
    var contact: String?
    var contactURL: String?
}

extension AccessibilityView: TemplateRecord {
    static let templateFields = TemplateFields<AccessibilityView> {
        $0.text("date") { $0.date }
        $0.text("dateISO") { $0.dateISO }
        $0.bool("passed") { $0.passed }
        $0.list("checks") { $0.checks }
        $0.list("failing") { $0.failing }
        $0.list("pages") { $0.pages }
        $0.text("contact") { $0.contact }
        $0.text("contactURL") { $0.contactURL }
    }
}
