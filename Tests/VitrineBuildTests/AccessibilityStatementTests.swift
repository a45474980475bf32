import Foundation
import Testing
@testable import VitrineContent
@testable import VitrineBuild
@testable import VitrineSite

/// The accessibility statement is rendered from the audit's results in the content folder,
/// never written by hand: what passed, what did not (in the tools' words), and the contact.
@Suite(.serialized) struct AccessibilityStatementTests {
    static let audit = """
    {
      "date": "2026-11-30",
      "checks": [
        {"check": "axe", "tool": "axe-core", "version": "4.12.1", "checked": 14, "problems": 0, "findings": []},
        {"check": "reflow", "tool": "Chromium (headless)", "version": "156.0", "checked": 36, "problems": 2,
         "findings": ["/kaarten/ at 320 px: 690 px wide in a 320 px window", "/swot/x/ at 320 px: <b>352</b> px wide"]}
      ],
      "pages": ["/", "/kaarten/"]
    }
    """

    func site(audit: String?, contact: String? = "toegankelijkheid@example.nl") throws -> (BuildUpdate, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-audit-\(UUID().uuidString)")
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: SiteBuildTests.fixture, to: content)
        if let audit { try audit.write(to: content.appendingPathComponent(AccessibilityAudit.fileName), atomically: true, encoding: .utf8) }
        if let contact {
            let file = content.appendingPathComponent("site.yml")
            try (try String(contentsOf: file, encoding: .utf8) + "contact: \(contact)\n").write(to: file, atomically: true, encoding: .utf8)
        }
        let output = folder.appendingPathComponent("Site")
        let result = BuildSession.build(BuildOptions(content: content.path, templates: SiteBuildTests.templates, output: output.path, search: false))
        return (result, output)
    }

    @Test func theStatementSaysWhatTheAuditFound() throws {
        let (result, site) = try site(audit: Self.audit)
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        #expect(result.succeeded, "\(result.diagnostics)")
        let page = try String(contentsOf: site.appendingPathComponent("toegankelijkheid/index.html"), encoding: .utf8)
        // A soft hyphen: at 320 px the word breaks where Dutch breaks it.
        #expect(page.contains("<h1>Toegankelijkheids\u{AD}verklaring</h1>"))
        #expect(page.contains("<p>Bij de laatste controle vonden de automatische toetsen problemen; ze staan hieronder bij de bekende problemen.</p>"))
        #expect(page.contains("<tr><th scope=\"row\">Herschikken op 320 pixels en 200 % tekst (WCAG 1.4.10 en 1.4.4)</th><td>Chromium (headless) 156.0</td><td>36 paginaweergaven</td><td>2</td></tr>"))
        #expect(page.contains("<li>Herschikken op 320 pixels en 200 % tekst (WCAG 1.4.10 en 1.4.4): 2 problemen gevonden\n<ul><li>/kaarten/ at 320 px: 690 px wide in a 320 px window</li><li>/swot/x/ at 320 px: &lt;b&gt;352&lt;/b&gt; px wide</li></ul></li>"))
        #expect(!page.contains("<li>WCAG 2.1 A en AA-regels (axe-core in Chromium):"))
        #expect(page.contains("<time datetime=\"2026-11-30\">30 november 2026</time>"))
        #expect(page.contains("Meld het via <a href=\"mailto:toegankelijkheid@example.nl\">toegankelijkheid@example.nl</a>."))
        let home = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains(" · <a href=\"/toegankelijkheid/\">Toegankelijkheid</a></p>"))
    }

    @Test func withoutAnAuditThereIsNoStatement() throws {
        let (result, site) = try site(audit: nil, contact: nil)
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        #expect(result.succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("toegankelijkheid").path))
        #expect(!(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)).contains("/toegankelijkheid/"))
    }

    @Test func anUnknownCheckIsAnErrorAtItsPosition() throws {
        let (result, site) = try site(audit: Self.audit.replacingOccurrences(of: "\"check\": \"axe\"", with: "\"check\": \"axel\""))
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        #expect(result.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message(in: .en))" } == [
            "4:15 unknown check 'axel' in the accessibility audit"])
    }
}
