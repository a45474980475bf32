import VitrineContent
import VitrineReports
import VitrineSite

/// A run's plan, and whether it is the last run's (the same jobs: no item, term member,
/// publication item or report came or went).
struct RunPlan {
    var plan: BuildPlan
    var reused: Bool
}

extension BuildSession {
    /// Plan: every job of the build, the site's pages and files and the reports as peers.
    func plan(_ graph: ContentGraph, _ templates: LoadedTemplates, redirects: RedirectMap) -> BuildPlan {
        switch scope {
        case .site:
            let site = SitePlanner.jobs(for: graph, redirects: redirects).map(BuildJob.site)
            let reports = ReportRenderer.jobs(for: graph, folder: URLScheme.reports).map(BuildJob.report)
            var plan = BuildPlan(jobs: site + reports, assets: templates.assets)
            plan.redirects = redirects
            return plan
        case .report(let id):
            return BuildPlan(jobs: [.report(ReportJob(id: id, folder: ""))], assets: PublishedAssets(files: [], names: .none))
        }
    }

    /// The last run's jobs when nothing that decides which jobs exist changed; otherwise a new plan.
    /// `sameItems`: the loader found exactly the items of the last run.
    /// `gone`: the URLs withdrawn on purpose that get a page.
    func replan(_ graph: ContentGraph, _ templates: LoadedTemplates, changes: Set<Dependency>?, sameItems: Bool,
                gone: [String]) -> RunPlan {
        let redirects = RedirectMap(graph: graph, gone: gone)
        if let state, let changes, sameItems, !changes.contains(where: \.changesThePlan), state.plan.redirects == redirects,
           (state.graph.site.audit == nil) == (graph.site.audit == nil) {
            var plan = BuildPlan(jobs: state.plan.jobs, keys: state.plan.keys, assets: templates.assets)
            plan.redirects = redirects
            return RunPlan(plan: plan, reused: true)
        }
        return RunPlan(plan: plan(graph, templates, redirects: redirects), reused: false)
    }
}

extension Dependency {
    /// With the same items, which pages and files exist still follows from the terms' members
    /// (and their number of pages), the items drawn from each publication, the reports, and
    /// each factsheet's tables (one CSV file each).
    var changesThePlan: Bool {
        switch self {
        case .members, .vocabulary, .drawnFrom, .reports: true
        case .page(let key): key.type == .factsheet
        case .site, .term, .termOrder, .tile, .backlinks, .links, .list: false
        }
    }
}
