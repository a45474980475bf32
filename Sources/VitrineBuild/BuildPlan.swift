import VitrineSite

/// The Plan stage's result: every job of the build, keyed, in a fixed order, and the assets
/// that are copied as they are.
struct BuildPlan: Sendable {
    var jobs: [BuildJob]
    var assets: PublishedAssets

    var keyed: [String: BuildJob] {
        Dictionary(jobs.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
