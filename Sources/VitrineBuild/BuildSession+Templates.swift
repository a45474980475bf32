import VitrineContent
import VitrineReports
import VitrineSite
import VitrineTemplates
import VitrineTheme

/// The Templates stage's result: the compiled templates, the assets, and what changed since
/// the last run.
struct LoadedTemplates {
    /// The theme's files the library and the assets were made from (the PDFs need some too).
    var theme: Theme
    var library: TemplateLibrary
    /// A fingerprint of each template's source, to tell on the next run which changed.
    var fingerprints: [String: UInt64]
    /// Names of the templates whose source changed (all of them on a first run).
    var changed: Set<String>
    var assets: PublishedAssets
    /// Rendered tiles, kept while the templates and strings that make them stay the same.
    var tiles: TileRenderer
    /// The interface strings or the assets changed: every page may look different.
    var everythingChanged: Bool
}

extension BuildSession {
    /// Templates: loads the templates and strings and compiles every template the site and the
    /// reports render against its view type (or keeps the last run's when no template file
    /// changed), and collects the assets to publish.
    func loadTemplates(for graph: ContentGraph, changes: ChangeSet,
                       diagnostics: inout [Diagnostic]) throws(DiagnosticList) -> LoadedTemplates {
        let theme: Theme
        let library: TemplateLibrary
        let fingerprints: [String: UInt64]
        if changes.templatesUnchanged, let state, state.templates.library.language == graph.site.language {
            theme = state.templates.theme
            library = state.templates.library
            fingerprints = state.templates.fingerprints
        } else {
            (theme, library) = try Self.compileTemplates(self.theme, language: graph.site.language, diagnostics: &diagnostics)
            fingerprints = TemplateFingerprints.read(theme)
        }
        let old = state?.templates.fingerprints ?? [:]
        let changed = state == nil ? Set(fingerprints.keys)
            : Set(old.keys).union(fingerprints.keys).filter { old[$0] != fingerprints[$0] }
        let assets: PublishedAssets
        if changes.templatesUnchanged, changes.contentAssetsUnchanged, let state {
            assets = state.templates.assets
        } else {
            do {
                assets = try AssetPipeline(theme: theme, content: options.content).collect()
            } catch let clash as Diagnostic {
                throw DiagnosticList([clash])
            } catch {
                throw DiagnosticList([.error(.unreadableAssets, ["reason": .value(error.localizedDescription)], at: SourceLocation(file: theme.display))])
            }
        }
        let everything = state.map { $0.templates.library.strings != library.strings || $0.templates.assets != assets } ?? true
        let tiles = state.flatMap { changed.isEmpty && !everything ? $0.templates.tiles : nil } ?? TileRenderer(templates: library, keepsTiles: keepsState)
        return LoadedTemplates(theme: theme, library: library, fingerprints: fingerprints, changed: changed, assets: assets, tiles: tiles,
                               everythingChanged: everything)
    }

    /// Loads the theme's files and compiles what the site and the reports render; errors stop
    /// the build, warnings are added to `diagnostics`.
    static func compileTemplates(_ source: ThemeSource, language: String,
                                 diagnostics: inout [Diagnostic]) throws(DiagnosticList) -> (Theme, TemplateLibrary) {
        let (theme, themeProblems) = source.load()
        if themeProblems.hasErrors { throw DiagnosticList(themeProblems.filter { $0.severity == .error }) }
        let library = TemplateLibrary(theme: theme, language: language)
        var problems = themeProblems + library.loadDiagnostics
        if !problems.hasErrors {
            problems += SiteTemplates.check(library) + ReportTemplates.check(library)
        }
        diagnostics += problems.filter { $0.severity != .error }
        if problems.hasErrors { throw DiagnosticList(problems.filter { $0.severity == .error }) }
        return (theme, library)
    }
}
