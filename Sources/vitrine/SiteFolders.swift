import ArgumentParser
import VitrineContent

/// Where the site's content and templates are, and whether drafts count: shared by the
/// commands that render (build, report, serve).
struct SiteFolders: ParsableArguments {
    @Option(help: "The content folder.")
    var content = "Content"

    @Option(help: ArgumentHelp(
        "The site's own templates folder; its files replace the built-in theme's file by file.",
        discussion: "Default: Templates/ beside the content folder when it exists, else the built-in theme alone."))
    var templates: String?

    @Flag(help: "Include drafts (marked as such on their pages).")
    var drafts = false

    @OptionGroup var messages: DiagnosticLanguageOption

    /// The language diagnostics are printed in.
    var language: DiagnosticLanguage { messages.language(content: content) }
}
