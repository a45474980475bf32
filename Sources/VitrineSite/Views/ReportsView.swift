import VitrineTemplates

/// The dossiers page: every report definition, in title order.
struct ReportsView {
    var dossiers: [DossierView]
}

extension ReportsView: TemplateRecord {
    static let templateFields = TemplateFields<ReportsView> {
        $0.list("dossiers") { $0.dossiers }
    }
}
