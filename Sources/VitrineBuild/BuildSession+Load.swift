import VitrineContent

/// The Load stage's result: the content graph as loaded, drafts included.
struct LoadedContent {
    var graph: ContentGraph
    var cache: ContentLoader.ParseCache
    /// Exactly the items of the last run exist (the graph was updated around saved files).
    var sameItems: Bool
}

extension BuildSession {
    /// Load: reads the content (only changed files, when the last run's cache is there) into
    /// a validated graph. Errors stop the pipeline; warnings go on.
    func load(_ changes: ChangeSet, diagnostics: inout [Diagnostic]) throws(DiagnosticList) -> LoadedContent {
        let loaded = ContentLoader(directory: options.content)
            .load(reusing: state?.cache, previous: state?.contentGraph, changedFiles: changes.contentPaths)
        diagnostics += loaded.diagnostics
        guard let graph = loaded.graph, !loaded.diagnostics.hasErrors else { throw DiagnosticList([]) }
        return LoadedContent(graph: graph, cache: loaded.cache, sameItems: loaded.sameItems)
    }

    /// Publish: what the site shows; drafts only when asked for.
    func publish(_ loaded: LoadedContent) -> ContentGraph {
        options.includeDrafts ? loaded.graph : loaded.graph.withoutDrafts()
    }
}
