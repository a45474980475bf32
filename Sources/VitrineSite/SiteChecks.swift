import VitrineContent

/// Checks that need both the content and the site's conventions.
public enum SiteChecks {
    /// Page ids the site uses for its own sections.
    public static func check(graph: ContentGraph) -> [Diagnostic] {
        graph.items(.page).filter { URLScheme.reservedPageIDs.contains($0.id) }.map { page in
            .error(.reservedPageID, ["id": .value(page.id)], at: SourceLocation(file: page.file), hint: .phrase("rename-page"))
        }
    }
}
