extension ReportRenderer {
    /// The templates a report is rendered with directly.
    public static let templates = [ReportComposer.template, "markdown/source-note", "markdown/swot-cell"]
}
