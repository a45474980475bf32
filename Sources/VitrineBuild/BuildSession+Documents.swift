import Foundation
import VitrineContent
import VitrineReports
import VitrineSite
import VitrineTemplates
import VitrineTheme

extension BuildSession {
    /// The file beside the published site that says which inputs made each PDF, so the next
    /// build takes a PDF over from the last one when none of them changed.
    static let documentsManifest = ".vitrine-documents"

    /// Documents, between Render and Emit of `vitrine build`: each dossier's Markdown, just
    /// written into the staging folder, becomes `rapporten/<id>.pdf` beside it (Pandoc 3 and
    /// Typst), and the pages that link a PDF (its publication's page, the dossiers page) are rendered again with
    /// its size and page count. Without the tools the build goes on without PDFs and says so
    /// once; the preview (`serve`) and `vitrine report` never come here.
    func publishDocuments(_ rendered: inout [RenderedJob], plan: BuildPlan, published graph: ContentGraph,
                          templates: LoadedTemplates, into sink: any OutputSink, searchAvailable: Bool, update: inout BuildUpdate) {
        guard scope == .site, case .replace = output, let staging = (sink as? StagingSink)?.staging else { return }
        guard options.documents else {
            update.documentsSkipped = .phrase("status.pdfs.not-asked")
            return
        }
        let reports = rendered.indices.compactMap { index -> (Int, ReportJob)? in
            guard case .report(let job) = plan.jobs[rendered[index].position] else { return nil }
            return (index, job)
        }
        guard !reports.isEmpty, !rendered.contains(where: { $0.diagnostics.hasErrors }) else { return }
        let tools: ReportTools
        switch ReportTools.locate(for: .pdf) {
        case .success(let found): tools = found
        case .failure(let missing):
            update.documentsSkipped = .phrase("status.pdfs.missing", ["reason": missing.text])
            return
        }
        let templateBytes = TypstPDF.templateFiles.map { file -> [UInt8] in
            Array(file.utf8) + (templates.theme.file(file)?.bytes ?? [])
        }
        // The tools read files: the theme's, written out for this build and removed after it.
        let copy: ThemeCopy
        do {
            copy = try ThemeCopy(templates.theme, paths: TypstPDF.templateFiles)
        } catch {
            update.documentsSkipped = .phrase("status.pdfs.missing", ["reason": .value(error.localizedDescription)])
            return
        }
        defer { copy.remove() }
        let toolsVersion = "pandoc \(tools.pandocVersion); \(tools.typstVersion() ?? "typst ?")"
        let previous = Self.readManifest(target.appendingPathComponent(Self.documentsManifest))
        let converter = TypstPDF(tools: tools, theme: copy)
        let stagingPath = staging.path
        let targetPath = target.path

        let outcomes = parallelMap(reports) { index, job -> DocumentOutcome in
            let markdownPath = "\(stagingPath)/\(job.output)"
            let pdf = "\(job.id).pdf"
            let pdfPath = job.folder.isEmpty ? pdf : "\(job.folder)/\(pdf)"
            // What the PDF is made of: the tools, the templates, the Markdown and the images it shows.
            var inputs = Array(toolsVersion.utf8)
            for bytes in templateBytes { inputs += bytes }
            let markdown = (try? Data(contentsOf: URL(fileURLWithPath: markdownPath))).map(Array.init) ?? []
            inputs += markdown
            let folder = URL(fileURLWithPath: markdownPath).deletingLastPathComponent()
            for image in Self.images(in: String(decoding: markdown, as: UTF8.self)) {
                inputs += Array(image.utf8) + ((try? Data(contentsOf: folder.appendingPathComponent(image))).map(Array.init) ?? [])
            }
            let fingerprint = String(FNV1a.hash(inputs), radix: 16)
            if let last = previous[job.id], last.fingerprint == fingerprint,
               let size = try? FileManager.default.attributesOfItem(atPath: "\(targetPath)/\(pdfPath)")[.size] as? Int, size == last.bytes,
               (try? FileManager.default.copyItem(atPath: "\(targetPath)/\(pdfPath)", toPath: "\(stagingPath)/\(pdfPath)")) != nil {
                return DocumentOutcome(index: index, job: job, path: pdfPath, fingerprint: fingerprint, bytes: last.bytes, pages: last.pages,
                                       diagnostics: [], made: false)
            }
            guard let report = graph.report(job.id) else {
                return DocumentOutcome(index: index, job: job, path: pdfPath, fingerprint: fingerprint, bytes: 0, pages: 0, diagnostics: [], made: false)
            }
            switch converter.convert(markdown: URL(fileURLWithPath: markdownPath).lastPathComponent, pdf: pdf, in: folder.path,
                                     sources: ReportSourceMap(report: report)) {
            case .success(let document):
                return DocumentOutcome(index: index, job: job, path: pdfPath, fingerprint: fingerprint, bytes: document.bytes,
                                       pages: document.pages ?? 0, diagnostics: document.warnings, made: true)
            case .failure(let failure):
                // A report that cannot become a PDF is an error to fix; a broken tool leaves the PDF out.
                let diagnostics = failure.kind == .document ? failure.diagnostics
                    : failure.diagnostics.map {
                        // The tool's problem, in whatever words it has, becomes a warning.
                        Diagnostic(.warning, .noPDF, ["problem": $0.messageText], at: $0.location, hint: $0.hintText)
                    }
                return DocumentOutcome(index: index, job: job, path: pdfPath, fingerprint: fingerprint, bytes: 0, pages: 0,
                                       diagnostics: diagnostics, made: false)
            }
        }

        var documents: [String: PublishedDocument] = [:]
        var manifest = ""
        for outcome in outcomes {
            rendered[outcome.index].diagnostics += outcome.diagnostics
            guard outcome.bytes > 0 else { continue }
            documents[outcome.job.id] = PublishedDocument(path: "/" + outcome.path, bytes: outcome.bytes, pages: outcome.pages)
            if keepsState { rendered[outcome.index].files.append(outcome.path) }
            rendered[outcome.index].fileCount += 1
            if outcome.made { rendered[outcome.index].written.append(outcome.path) }
            manifest += "\(outcome.job.id) \(outcome.fingerprint) \(outcome.bytes) \(outcome.pages)\n"
        }
        update.documentsPublished = documents.count
        _ = sink.write(OutputFile(path: Self.documentsManifest, text: manifest), reportingTo: &update.diagnostics)
        guard !documents.isEmpty else { return }

        // The pages that link a PDF, again, now that its facts are known: the publication pages
        // of dossiers with a PDF, and the dossiers page.
        let site = SiteRenderer(graph: graph, templates: templates.library, assets: templates.assets.names, tiles: templates.tiles,
                                searchAvailable: searchAvailable, documents: documents)
        let linked = Set(graph.reports.filter { documents[$0.id] != nil }.compactMap(\.publication))
        for index in rendered.indices {
            guard case .site(let job) = plan.jobs[rendered[index].position], case .page(_, _, let source) = job.kind else { continue }
            switch source {
            case .item(let key) where key.type == .publication && linked.contains(key.id): break
            case .reports: break
            default: continue
            }
            switch site.render(job, recorder: nil) {
            case .success(let page):
                _ = sink.write(page.file, reportingTo: &rendered[index].diagnostics)
            case .failure(let diagnostic): rendered[index].diagnostics.append(diagnostic)
            }
        }
    }

    /// The local files a report's Markdown shows as images (`![...](file)`), in order.
    static func images(in markdown: String) -> [String] {
        guard let pattern = try? NSRegularExpression(pattern: #"!\[[^\]]*\]\(([^)\s]+)\)"#) else { return [] }
        return pattern.matches(in: markdown, range: NSRange(markdown.startIndex..., in: markdown)).compactMap { match in
            Range(match.range(at: 1), in: markdown).map { String(markdown[$0]) }
        }.filter { !$0.contains("://") && !$0.hasPrefix("/") && !$0.contains("..") }
    }

    /// `<id> <fingerprint> <bytes> <pages>` a line; empty when there is none or it is unreadable.
    static func readManifest(_ url: URL) -> [String: (fingerprint: String, bytes: Int, pages: Int)] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var entries: [String: (String, Int, Int)] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 4, let bytes = Int(fields[2]), let pages = Int(fields[3]) else { continue }
            entries[String(fields[0])] = (String(fields[1]), bytes, pages)
        }
        return entries
    }
}
