import VitrineReports
import VitrineSite
import VitrineTemplates

/// One unit of the Render stage: a file of the site or a printable report, planned as peers.
public enum BuildJob: Sendable, Hashable {
    case site(SiteJob)
    case report(ReportJob)

    /// Unique within a plan: the (main) file the job writes.
    public var key: String {
        switch self {
        case .site(let job): job.output
        case .report(let job): job.output
        }
    }

    /// The templates `name` uses when this job renders it (itself, partials, parents).
    func templatesUsed(by name: String, in library: TemplateLibrary) -> Set<String> {
        switch self {
        case .site: SiteTemplates.templatesUsed(by: name, in: library)
        case .report: ReportTemplates.templatesUsed(by: name, in: library)
        }
    }

    /// The templates the job renders directly (their partials and parents come on top).
    var entryTemplates: [String] {
        switch self {
        // Pages show tiles, which the tile renderer makes with its own template.
        case .site(let job): job.template.map { [$0, TileRenderer.template] } ?? []
        case .report: ReportTemplates.entries
        }
    }
}
