import ArgumentParser
import Foundation
import VitrineContent
import VitrineBuild
import VitrineTemplates

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds the static site from the content into the output folder.")

    @OptionGroup var folders: SiteFolders

    @Option(help: "The output folder; replaced as a whole only when the build succeeds.")
    var output = "Site"

    @Flag(help: "Skip the Pagefind search index even when Pagefind is installed.")
    var noSearch = false

    @Flag(help: "Skip the dossiers' PDFs even when Pandoc 3 and Typst are installed.")
    var noPdf = false

    @Option(name: .customLong("retire"),
            help: ArgumentHelp("Withdraw a published URL on purpose: it gets a page saying so (repeatable).", valueName: "url"))
    var retired: [String] = []

    func run() throws {
        let start = Date()
        let result = BuildSession.build(BuildOptions(content: folders.content, templates: folders.templates, output: output,
                                                     includeDrafts: folders.drafts, search: !noSearch, documents: !noPdf,
                                                     remembersURLs: true, retire: retired))
        let language = folders.language
        let shown = result.diagnostics.sortedForDisplay()
        for diagnostic in shown { FileHandle.standardError.write(Data("\(diagnostic.localized(to: language))\n".utf8)) }
        guard result.succeeded else {
            let failed = DiagnosticText.phrase("build-failed", ["errors": .counted("summary.errors", result.diagnostics.errorCount),
                                                                "output": .value(output)])
            FileHandle.standardError.write(Data("\(DiagnosticCatalog.of(language).render(failed))\n".utf8))
            throw ExitCode(1)
        }
        let seconds = Date().timeIntervalSince(start)
        let search = DiagnosticText.phrase(result.searchIndexed ? "status.search.built"
            : noSearch ? "status.search.not-asked" : "status.search.not-installed")
        // Numbers as the site writes them: "1.234 pagina's ... in 4,38 s" in Dutch.
        let numbers = ValueFormatter(strings: InterfaceStrings(language: language.rawValue, labels: [:], months: []))
        let summary = DiagnosticText.phrase("status.built", [
            "pages": .counted("status.pages", result.pagesRendered, shown: numbers.number(Double(result.pagesRendered))),
            "files": .counted("status.files", result.fileCount, shown: numbers.number(Double(result.fileCount))),
            "output": .value(output), "seconds": .value(numbers.number(seconds)), "search": search,
            "documents": result.documentsSkipped ?? .counted("status.pdfs", result.documentsPublished),
        ])
        print(DiagnosticCatalog.of(language).render(summary))
        if let remembered = result.urlsRemembered {
            print(DiagnosticCatalog.of(language).render(.phrase(remembered.withdrawn > 0 ? "status.urls-withdrawn" : "status.urls-remembered", [
                "file": .value(remembered.file), "added": .counted("status.urls", remembered.added),
                "withdrawn": .counted("status.urls", remembered.withdrawn)])))
        }
    }
}
