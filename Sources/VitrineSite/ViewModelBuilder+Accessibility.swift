import VitrineContent

extension ViewModelBuilder {
    /// The accessibility statement, rendered from the last audit; nil when the site has none.
    func accessibilityPage(path: String) -> PageView? {
        guard let audit = graph.site.audit else { return nil }
        var page = page(title: strings["accessibility_title"], description: strings["accessibility_title"], path: path)
        let checks = audit.checks.map { check in
            AuditCheckView(label: strings["audit_check_\(check.kind.rawValue)"], tool: check.tool, version: check.version,
                           checked: format.number(Double(check.checked)), unit: strings["audit_unit_\(check.kind.rawValue)"], problems: format.number(Double(check.problems)),
                           passed: check.passed, findings: check.findings.map(AuditFindingView.init))
        }
        let contact = graph.site.contact
        page.accessibility = AccessibilityView(
            date: format.date(audit.date), dateISO: audit.date.description, passed: audit.passed, checks: checks,
            failing: checks.filter { !$0.passed }, pages: audit.pages.map { LinkView(label: $0, url: $0, current: false) },
            contact: contact, contactURL: contact.map { Self.contactURL($0) })
        return page
    }

    /// An e-mail address becomes a `mailto:` link; a web address stays as it is.
    static func contactURL(_ contact: String) -> String {
        contact.contains("@") && !contact.contains("://") && !contact.hasPrefix("mailto:") ? "mailto:" + contact : contact
    }
}
