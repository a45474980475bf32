import Foundation
import Testing
@testable import VitrineBuild
@testable import VitrineContent

/// `vitrine build` publishes each dossier's PDF next to its Markdown, made by the real Pandoc 3
/// and Typst (`make venv` installs them before `make unit`), links it from the publication's
/// page with its size and page count, takes it over from the last build when nothing that
/// makes it changed, and fails with the report definition's place when the content cannot
/// become a PDF.
@Suite(.serialized) struct DocumentsBuildTests {
    static let fixture = SiteBuildTests.fixture
    static let templates = SiteBuildTests.templates

    func content(_ change: (URL) throws -> Void = { _ in }) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-documents-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Self.fixture, to: content)
        try change(content)
        return content
    }

    func build(_ content: URL, documents: Bool = true) -> (BuildUpdate, URL) {
        let site = content.deletingLastPathComponent().appendingPathComponent("Site")
        let result = BuildSession.build(BuildOptions(content: content.path, templates: Self.templates, output: site.path,
                                                     search: false, documents: documents))
        return (result, site)
    }

    @Test func thePDFIsPublishedAndLinkedWithItsSizeAndPages() throws {
        let content = try content()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let (result, site) = build(content)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.documentsPublished == 1 && result.documentsSkipped == nil)
        let pdf = try Data(contentsOf: site.appendingPathComponent("rapporten/dossier.pdf"))
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(result.written.contains("rapporten/dossier.pdf"))
        let manifest = try String(contentsOf: site.appendingPathComponent(".vitrine-documents"), encoding: .utf8)
        let fields = manifest.split(separator: " ")
        #expect(fields.count == 4 && fields[0] == "dossier" && fields[2] == "\(pdf.count)")
        let pages = try #require(Int(fields[3].trimmingCharacters(in: .newlines)))
        #expect(pages >= 4)
        let page = try String(contentsOf: site.appendingPathComponent("publicaties/rapport/index.html"), encoding: .utf8)
        #expect(page.contains(#"<a href="/rapporten/dossier.pdf">Dossier als PDF (toegankelijk, PDF/UA)</a> <span class="download-facts">(PDF, 0,1 MB, \#(pages) pagina&#39;s)</span>"#))
        #expect(page.contains(#"<a href="/rapporten/dossier.md">"#))
        // The dossiers page links both files, the PDF with the same facts.
        let dossiers = try String(contentsOf: site.appendingPathComponent("rapporten/index.html"), encoding: .utf8)
        #expect(dossiers.contains(#"<p class="download"><a href="/rapporten/dossier.pdf">Dossier als PDF (toegankelijk, PDF/UA)<span class="visually-hidden">: Dossier</span></a> <span class="download-facts">(PDF, 0,1 MB, \#(pages) pagina&#39;s)</span></p>"#))
        #expect(dossiers.contains(#"<p class="download"><a href="/rapporten/dossier.md">Markdown (voor Pandoc)<span class="visually-hidden">: Dossier</span></a></p>"#))
        // No Typst file is left behind.
        let published = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("rapporten").path)
        #expect(published.allSatisfy { !$0.hasSuffix(".typ") }, "\(published)")
    }

    @Test func anUnchangedPDFIsTakenOverAndAChangedOneMadeAgain() throws {
        let content = try content()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let (first, site) = build(content)
        #expect(first.succeeded && first.written.contains("rapporten/dossier.pdf"))
        let made = try Data(contentsOf: site.appendingPathComponent("rapporten/dossier.pdf"))
        let (second, _) = build(content)
        #expect(second.succeeded && second.documentsPublished == 1)
        #expect(!second.written.contains("rapporten/dossier.pdf"))  // copied from the last build, not converted
        #expect(try Data(contentsOf: site.appendingPathComponent("rapporten/dossier.pdf")) == made)
        let card = content.appendingPathComponent("cards/geen-tijd.md")
        try (try String(contentsOf: card, encoding: .utf8) + "\nEen nieuwe zin.\n").write(to: card, atomically: true, encoding: .utf8)
        let (third, _) = build(content)
        #expect(third.succeeded && third.written.contains("rapporten/dossier.pdf"))
        #expect(try Data(contentsOf: site.appendingPathComponent("rapporten/dossier.pdf")) != made)
    }

    @Test func withoutPDFsTheBuildSaysSoAndLinksOnlyTheMarkdown() throws {
        let content = try content()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let (result, site) = build(content, documents: false)
        #expect(result.succeeded && result.documentsPublished == 0)
        #expect(result.documentsSkipped.map(DiagnosticCatalog.of(.en).render) == "no PDFs (--no-pdf)")
        #expect(result.documentsSkipped.map(DiagnosticCatalog.of(.nl).render) == "geen pdf's (--no-pdf)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("rapporten/dossier.pdf").path))
        let page = try String(contentsOf: site.appendingPathComponent("publicaties/rapport/index.html"), encoding: .utf8)
        #expect(!page.contains("dossier.pdf") && page.contains(#"<a href="/rapporten/dossier.md">"#))
        let dossiers = try String(contentsOf: site.appendingPathComponent("rapporten/index.html"), encoding: .utf8)
        #expect(!dossiers.contains("dossier.pdf") && dossiers.contains(#"<a href="/rapporten/dossier.md">"#))
    }

    @Test func contentThatCannotBecomeAPDFFailsTheBuildAtTheReportDefinition() throws {
        let content = try content { content in
            let card = content.appendingPathComponent("cards/geen-tijd.md")
            try (try String(contentsOf: card, encoding: .utf8) + "\n![Een kaart](nergens.png)\n").write(to: card, atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let (result, site) = build(content)
        #expect(!result.succeeded)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.location.file.hasSuffix("reports/dossier.yml"))
        #expect(error.location.line == 6)  // the section "Belemmeringen", whose query brings the card in
        #expect(error.message.hasPrefix("a file the report refers to is missing"))
        #expect(error.message.hasSuffix("(in card 'geen-tijd' of section 'Belemmeringen')"))
        #expect(!FileManager.default.fileExists(atPath: site.path))  // nothing was published
    }
}
