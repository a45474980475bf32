import Foundation
import Testing
import VitrineContent
@testable import VitrineReports
import VitrineTheme

/// The fixture dossier through the real tools (`make venv` installs Pandoc 3 and Typst into
/// `.venv` before `make unit`), and problems that Pandoc and Typst find, as Vitrine reports them.
@Suite(.serialized) struct ReportConversionTests {
    static let templates = ReportFixture.repository.appendingPathComponent("Templates").path

    /// The theme's files for the tools (the built-in theme unless another source is given).
    func theme(_ source: ThemeSource = .builtIn) throws -> ThemeCopy {
        try ThemeCopy(source.load().theme, paths: TypstPDF.templateFiles + [PandocDOCX.referenceDocument])
    }

    let folder: URL
    let sources: ReportSourceMap
    let report: ReportDefinition
    let tools: ReportTools

    init() throws {
        let (composer, graph) = try ReportFixture.composer()
        let document = try composer.markdown(forReport: "dossier")
        report = try #require(graph.report("dossier"))
        sources = ReportSourceMap(report: report)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-conversion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(document.markdown.utf8).write(to: folder.appendingPathComponent("dossier.md"))
        for attachment in document.attachments { try attachment.data.write(to: folder.appendingPathComponent(attachment.name)) }
        tools = try ReportTools.locate(for: .pdf).get()
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }

    @Test func aTaggedPDFInTheDossiersLanguageMadeTheSameTwice() throws {
        let copy = try theme()
        defer { cleanUp(); copy.remove() }
        let converter = TypstPDF(tools: tools, theme: copy)
        let made = try converter.convert(markdown: "dossier.md", pdf: "dossier.pdf", in: folder.path, sources: sources).get()
        #expect(made.file == "dossier.pdf")
        #expect(made.warnings.isEmpty, "\(made.warnings)")
        let pdf = try Data(contentsOf: folder.appendingPathComponent("dossier.pdf"))
        #expect(made.bytes == pdf.count)
        #expect((made.pages ?? 0) >= 5)  // cover, contents, three chapters, literature
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-"))
        #expect(text.contains("/Lang(nl-NL)"))
        #expect(text.contains("/StructTreeRoot"))
        #expect(text.contains("/MarkInfo<</Marked true"))
        #expect(text.contains("<pdfuaid:part>1</pdfuaid:part>"))
        #expect(text.contains("Dossier: scholing"))  // the title in the metadata
        // The creation date is the dossier's, not the clock's: the same Markdown, the same bytes.
        #expect(text.contains("<xmp:CreateDate>2024-03-05T00:00:00"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".dossier.typ").path))
        _ = try converter.convert(markdown: "dossier.md", pdf: "again.pdf", in: folder.path, sources: sources).get()
        #expect(try Data(contentsOf: folder.appendingPathComponent("again.pdf")) == pdf)
    }

    @Test func aWordFileWithHeadingStylesTablesAndFootnotes() throws {
        let copy = try theme()
        defer { cleanUp(); copy.remove() }
        let made = try PandocDOCX(tools: tools, theme: copy)
            .convert(markdown: "dossier.md", docx: "dossier.docx", in: folder.path, sources: sources).get()
        #expect(made.pages == nil && made.bytes > 10_000)
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        unzip.arguments = ["python3", "-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); sys.stdout.write(z.read('word/document.xml').decode() + z.read('word/styles.xml').decode())",
                           folder.appendingPathComponent("dossier.docx").path]
        let pipe = Pipe()
        unzip.standardOutput = pipe
        try unzip.run()
        let xml = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        unzip.waitUntilExit()
        #expect(xml.contains("<w:pStyle w:val=\"Heading1\" />"))
        #expect(xml.contains("<w:pStyle w:val=\"Heading2\" />"))
        #expect(xml.contains("<w:tbl>"))
        #expect(xml.contains("<w:footnoteReference"))
        #expect(xml.contains("descr=\"Figuur 1: Leeftijd 15-25: 20,5%; 25-45: 45%\""))  // the chart, with its text alternative
        #expect(xml.contains("Noto Sans"))  // the reference document's styles
    }

    /// A Markdown file with the dossier's anchors and one problem in the given item of the given section.
    func markdown(problem: String) throws {
        let text = """
            ---
            title: Dossier
            lang: nl-NL
            ---

            # Oplossingen {#h-oplossingen}

            ## Zomerschool {#card-zomerschool}

            Tekst.

            # Bevindingen {#h-bevindingen}

            ## Belemmeringen {#h-belemmeringen}

            ### Avondwerk {#card-avond}

            \(problem)

            """
        try Data(text.utf8).write(to: folder.appendingPathComponent("dossier.md"))
    }

    func section(_ title: String) -> ReportSection? {
        func find(_ list: [ReportSection]) -> ReportSection? {
            for section in list {
                if section.title == title { return section }
                if let found = find(section.sections) { return found }
            }
            return nil
        }
        return find(report.sections)
    }

    @Test func aMissingImageIsReportedAtTheSectionThatIncludesTheItem() throws {
        let copy = try theme()
        defer { cleanUp(); copy.remove() }
        try markdown(problem: "![Een kaart](nergens.png)")
        let result = TypstPDF(tools: tools, theme: copy).convert(markdown: "dossier.md", pdf: "dossier.pdf", in: folder.path, sources: sources)
        guard case .failure(let failure) = result else { Issue.record("a PDF was made"); return }
        #expect(failure.kind == .document)
        let error = try #require(failure.diagnostics.first { $0.severity == .error })
        #expect(error.location == section("Belemmeringen")?.location)
        #expect(error.location.file.hasSuffix("reports/dossier.yml") && error.location.line > 1)
        #expect(error.message.hasPrefix("a file the report refers to is missing"))
        #expect(error.message.hasSuffix("(in card 'avond' of section 'Belemmeringen')"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("dossier.pdf").path))
    }

    @Test func anImageWithoutTextAlternativeIsNoPDFUA() throws {
        let copy = try theme()
        defer { cleanUp(); copy.remove() }
        try Data(#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>"#.utf8)
            .write(to: folder.appendingPathComponent("vlak.svg"))
        try markdown(problem: "Een vlak: ![](vlak.svg)")
        let result = TypstPDF(tools: tools, theme: copy).convert(markdown: "dossier.md", pdf: "dossier.pdf", in: folder.path, sources: sources)
        guard case .failure(let failure) = result else { Issue.record("a PDF was made"); return }
        let error = try #require(failure.diagnostics.first { $0.severity == .error })
        #expect(error.message.hasPrefix("an image has no text alternative"))
        #expect(error.location == section("Belemmeringen")?.location)
    }

    @Test func aLinkWithoutTargetIsNamed() throws {
        let copy = try theme()
        defer { cleanUp(); copy.remove() }
        try markdown(problem: "Zie [elders](#card-nergens).")
        let result = TypstPDF(tools: tools, theme: copy).convert(markdown: "dossier.md", pdf: "dossier.pdf", in: folder.path, sources: sources)
        guard case .failure(let failure) = result else { Issue.record("a PDF was made"); return }
        let error = try #require(failure.diagnostics.first { $0.severity == .error })
        #expect(error.message == "a link points to '#card-nergens', which is not in the report (in card 'avond' of section 'Belemmeringen')")
    }

    /// The site overrides one file of the built-in theme; the mistake is named at the site's file.
    @Test func aMistakeInTheTypstTemplateIsReportedAtItsLine() throws {
        defer { cleanUp() }
        let templates = folder.appendingPathComponent("Templates")
        let design = templates.appendingPathComponent("typst/vitrine.typ")
        try FileManager.default.createDirectory(at: design.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.templates).appendingPathComponent("typst/vitrine.typ"), to: design)
        var lines = try String(contentsOf: design, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = try #require(lines.firstIndex { $0.hasPrefix("#let dossier(") })
        lines.insert("#let broken = (1 + \"een\")", at: at)
        try Data(lines.joined(separator: "\n").utf8).write(to: design)
        let copy = try theme(ThemeSource(folder: templates.path))
        defer { copy.remove() }
        let result = TypstPDF(tools: tools, theme: copy).convert(markdown: "dossier.md", pdf: "dossier.pdf", in: folder.path, sources: sources)
        guard case .failure(let failure) = result else { Issue.record("a PDF was made"); return }
        let error = try #require(failure.diagnostics.first { $0.severity == .error })
        #expect(error.location.file == "\(templates.path)/typst/vitrine.typ")
        #expect(error.location.line == at + 1)
        #expect(error.message.hasPrefix("Typst: cannot add integer and string"))
    }

    /// Only a theme without the built-in files (the engine's own tests) can lack one.
    @Test func missingTemplatesAreNamed() throws {
        let nowhere = folder.appendingPathComponent("Nergens").path
        let copy = try theme(ThemeSource(folder: nowhere, includesBuiltIn: false))
        defer { cleanUp(); copy.remove() }
        let result = TypstPDF(tools: tools, theme: copy).convert(markdown: "dossier.md", pdf: "dossier.pdf", in: folder.path, sources: sources)
        guard case .failure(let failure) = result else { Issue.record("a PDF was made"); return }
        #expect(failure.diagnostics.map(\.description) == ["\(nowhere)/typst/report.typst:1:1: error: the PDF's template 'typst/report.typst' is missing from the theme"])
    }
}

/// Where problems are placed, and how they are said, without running the tools.
@Suite struct ReportSourceMapTests {
    @Test func linesMapToTheSectionThatBroughtThePartIn() throws {
        let (_, graph) = try ReportFixture.composer()
        let report = try #require(graph.report("dossier"))
        let map = ReportSourceMap(report: report)
        let typst = """
            #show: dossier.with(title: [x])
            = Oplossingen
            <h-oplossingen>
            == Zomerschool
            <card-zomerschool>
            Tekst met een fout.
            = Bevindingen
            <h-bevindingen>
            Inleiding.
            """
        let early = map.place(ofLine: 1, in: typst, format: .typst)
        #expect(early.location == SourceLocation(file: report.file) && DiagnosticCatalog.of(.en).render(early.part) == "before the first section")
        let card = map.place(ofLine: 6, in: typst, format: .typst)
        #expect(card.location == report.sections[0].location)
        #expect(DiagnosticCatalog.of(.en).render(card.part) == "in card 'zomerschool' of section 'Oplossingen'")
        let intro = map.place(ofLine: 9, in: typst, format: .typst)
        #expect(intro.location == report.sections[2].location)
        #expect(DiagnosticCatalog.of(.en).render(intro.part) == "in the introduction of section 'Bevindingen'")
        #expect(DiagnosticCatalog.of(.nl).render(intro.part) == "in de inleiding van de sectie 'Bevindingen'")
        let markdown = "# Oplossingen {#h-oplossingen}\n\n## Zomerschool {#card-zomerschool}\n\nTekst."
        #expect(DiagnosticCatalog.of(.en).render(map.place(ofLine: 5, in: markdown, format: .markdown).part) == "in card 'zomerschool' of section 'Oplossingen'")
    }

    @Test func typstMessagesInVitrinesWords() {
        func english(_ text: DiagnosticText) -> String { DiagnosticCatalog.of(.en).render(text) }
        func dutch(_ text: DiagnosticText) -> String { DiagnosticCatalog.of(.nl).render(text) }
        let label = TypstMessages.words("label `<card-x>` does not exist in the document", hints: [])
        #expect(english(label) == "a link points to '#card-x', which is not in the report")
        #expect(dutch(label) == "een link verwijst naar '#card-x', maar dat staat niet in het rapport")
        #expect(english(TypstMessages.words("unknown font family: noto sans", hints: [])).hasPrefix("the font 'noto sans' is not installed"))
        let other = TypstMessages.words("expected length, found string", hints: ["try 1pt"])
        #expect(english(other) == "Typst: expected length, found string (try 1pt)")
        #expect(dutch(other) == "Typst meldt: expected length, found string (try 1pt)")
    }
}
