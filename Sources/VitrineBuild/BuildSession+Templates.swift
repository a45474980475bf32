import VitrineContent
import VitrineSite
import VitrineTemplates

/// The Templates stage's result: the template set, the assets, and what changed since the last run.
struct LoadedTemplates {
    var set: TemplateSet
    /// Names of the templates whose source changed (all of them on a first run).
    var changed: Set<String>
    var assets: PublishedAssets
    /// Rendered tiles, kept while the templates and strings that make them stay the same.
    var tiles: TileRenderer
    /// The interface strings or the assets changed: every page may look different.
    var everythingChanged: Bool
}

extension BuildSession {
    /// Templates: loads the templates and strings (or keeps the last run's when no template
    /// file changed) and the assets to publish.
    func loadTemplates(for graph: ContentGraph, changes: ChangeSet) throws(DiagnosticList) -> LoadedTemplates {
        let set: TemplateSet
        if changes.templatesUnchanged, let state, state.graph.site.language == graph.site.language {
            set = state.templates
        } else {
            switch TemplateSet.load(directory: options.templates, language: graph.site.language) {
            case .failure(let problems): throw problems
            case .success(let loaded): set = loaded
            }
        }
        let changed = Self.changedTemplates(old: state?.templates, new: set)
        let assets: PublishedAssets
        if changes.templatesUnchanged, changes.contentAssetsUnchanged, let state {
            assets = state.assets
        } else {
            do {
                assets = try AssetPipeline(templates: options.templates, content: options.content).collect()
            } catch {
                throw DiagnosticList([.error("cannot read assets: \(error.localizedDescription)", at: SourceLocation(file: options.templates))])
            }
        }
        let everything = state.map { $0.templates.strings != set.strings || $0.assets != assets } ?? true
        let tiles = state.flatMap { changed.isEmpty && !everything ? $0.tiles : nil } ?? TileRenderer(templates: set)
        return LoadedTemplates(set: set, changed: changed, assets: assets, tiles: tiles, everythingChanged: everything)
    }

    static func changedTemplates(old: TemplateSet?, new: TemplateSet) -> Set<String> {
        guard let old else { return Set(new.sources.keys) }
        let names = Set(old.sources.keys).union(new.sources.keys)
        return names.filter { old.sources[$0] != new.sources[$0] }
    }
}
