import ArgumentParser

/// Where the site's content and templates are, and whether drafts count: shared by the
/// commands that render (build, report, serve).
struct SiteFolders: ParsableArguments {
    @Option(help: "The content folder.")
    var content = "Content"

    @Option(help: "The templates folder.")
    var templates = "Templates"

    @Flag(help: "Include drafts (marked as such on their pages).")
    var drafts = false
}
