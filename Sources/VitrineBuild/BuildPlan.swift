import VitrineSite

/// The Plan stage's result: every job of the build, keyed, in a fixed order, and the assets
/// that are copied as they are.
struct BuildPlan: Sendable {
    var jobs: [BuildJob]
    /// Each job's key, computed once.
    var keys: [String]
    var assets: PublishedAssets
    /// The old URLs the plan has pages for (a changed set is a new plan).
    var redirects: RedirectMap?

    /// The site's jobs, without the reports.
    var siteJobs: [SiteJob] { jobs.compactMap { if case .site(let job) = $0 { job } else { nil } } }

    init(jobs: [BuildJob], assets: PublishedAssets) {
        self.jobs = jobs
        keys = jobs.map(\.key)
        self.assets = assets
    }

    init(jobs: [BuildJob], keys: [String], assets: PublishedAssets) {
        self.jobs = jobs
        self.keys = keys
        self.assets = assets
    }
}
