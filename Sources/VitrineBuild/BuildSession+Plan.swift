import VitrineContent
import VitrineReports
import VitrineSite

extension BuildSession {
    /// Plan: every job of the build, the site's pages and files and the reports as peers.
    func plan(_ graph: ContentGraph, _ templates: LoadedTemplates) -> BuildPlan {
        switch scope {
        case .site:
            let site = SitePlanner.jobs(for: graph).map(BuildJob.site)
            let reports = ReportRenderer.jobs(for: graph, folder: URLScheme.reports).map(BuildJob.report)
            return BuildPlan(jobs: site + reports, assets: templates.assets)
        case .report(let id):
            return BuildPlan(jobs: [.report(ReportJob(id: id, folder: ""))], assets: PublishedAssets(files: [], names: .none))
        }
    }
}
