import VitrineContent
import VitrineTemplates

/// The templates the reports render and the view type each is rendered with; each is
/// compiled against its type when templates load.
public enum ReportTemplates {
    public static let report = "markdown/report"
    public static let sourceNote = "markdown/source-note"
    public static let swotCell = "markdown/swot-cell"

    /// The templates a report job renders directly.
    public static let entries = [report, sourceNote, swotCell]

    public static func check(_ library: TemplateLibrary) -> [Diagnostic] {
        library.compile(report, for: ReportView.self) + library.compile(sourceNote, for: CitationNoteView.self)
            + library.compile(swotCell, for: QuadrantCellView.self) + InterfaceStringCheck.missing(requiredStrings, in: library)
    }

    public static func templatesUsed(by template: String, in library: TemplateLibrary) -> Set<String> {
        switch template {
        case sourceNote: library.templatesUsed(by: template, for: CitationNoteView.self)
        case swotCell: library.templatesUsed(by: template, for: QuadrantCellView.self)
        default: library.templatesUsed(by: template, for: ReportView.self)
        }
    }

    /// The strings composition looks up by key.
    static let requiredStrings = [
        "report_and", "report_asBarChart", "report_bibliography", "report_column_context", "report_column_figure",
        "report_column_page", "report_column_value", "report_figure", "report_noDate", "report_numbersIn", "report_shows",
        "report_swot", "report_table", "swot_helpful", "swot_harmful", "swot_internal", "swot_external", "taxonomy_kind",
        "page", "pages",
    ]
}
