import VitrineContent
import VitrineSite
import VitrineTemplates

/// What a session keeps between runs, so the next run does only what changed.
struct SessionState {
    /// The content as loaded (drafts included), for the next load to update.
    var contentGraph: ContentGraph
    var cache: ContentLoader.ParseCache
    /// What is published.
    var graph: ContentGraph
    var templates: LoadedTemplates
    var plan: BuildPlan
    var jobs: JobMemory
    /// Files the output held after the run.
    var fileCount: Int
}
