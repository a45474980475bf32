/// The checks an accessibility audit runs (`make audit`); the statement names each in words of
/// the theme's strings (`audit_check_<name>`).
public enum AuditCheckKind: String, CaseIterable, Sendable, Hashable {
    /// The W3C Nu HTML checker, on every HTML file (WCAG 4.1.1 and valid structure).
    case validator
    /// axe-core's WCAG 2.1 A and AA rules in headless Chromium, on one page of every kind.
    case axe
    /// No horizontal scrolling at 320 CSS pixels and at 200 % text (WCAG 1.4.10, 1.4.4).
    case reflow
    /// Every internal link and anchor leads somewhere (linkchecker).
    case links
    /// The dossiers' PDFs against the machine-checkable PDF/UA-1 rules.
    case pdfua
}
