import VitrineContent

/// Checks that need both the content and the site's conventions.
public enum SiteChecks {
    /// Page ids the site uses for its own sections.
    public static func check(graph: ContentGraph) -> [Diagnostic] {
        graph.items(.page).filter { URLScheme.reservedPageIDs.contains($0.id) }.map { page in
            .error("page id '\(page.id)' is taken by the site's own '/\(page.id)/' section",
                   at: SourceLocation(file: page.file), hint: "rename the page")
        }
    }
}
