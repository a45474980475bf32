import VitrineContent

/// The dossiers page and the links to a dossier's PDF.
extension ViewModelBuilder {
    func reportsPage(path: String) -> PageView {
        let title = strings["reports_title"]
        var page = page(title: title, description: strings["reports_intro"], path: path)
        page.reports = ReportsView(dossiers: graph.reports.map { report in
            let publication = report.publication.flatMap { graph.item(ItemKey(.publication, $0)) }
            return DossierView(
                id: report.id, title: report.title, subtitle: report.subtitle,
                authors: report.authors.isEmpty ? nil : report.authors.joined(separator: ", "),
                date: report.date.map(format.date), dateISO: report.date?.description, abstract: report.abstract,
                publication: publication.map { LinkView(label: $0.title, url: URLScheme.path($0.key)) },
                markdownURL: URLScheme.report(report.id), pdf: documents[report.id].map(documentLink))
        })
        return page
    }

    /// "PDF, 1,2 MB, 45 pagina's": megabytes with one decimal, in the site's language.
    func documentLink(_ document: PublishedDocument) -> DocumentLinkView {
        DocumentLinkView(url: document.path, megabytes: format.number(max(0.1, Double(document.bytes) / 1_000_000), maximumDecimals: 1),
                         pages: format.number(Double(document.pages)))
    }
}
