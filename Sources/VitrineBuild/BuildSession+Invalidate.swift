import VitrineContent
import VitrineSite
import VitrineTemplates

/// The jobs a run renders, and what changed in the content since the last run (nil: unknown,
/// so everything counts as changed).
struct PlannedWork {
    var jobs: [BuildJob]
    var changes: Set<Dependency>?
}

extension BuildSession {
    /// Which jobs to render: on a first run all of them; afterwards those that are new, whose
    /// recorded dependencies meet what changed in the content, or whose templates changed.
    func invalidate(_ plan: BuildPlan, published graph: ContentGraph, loaded: LoadedContent,
                    templates: LoadedTemplates) -> PlannedWork {
        guard let state, !templates.everythingChanged else { return PlannedWork(jobs: plan.jobs, changes: nil) }
        let changes = ContentChanges.between(old: state.graph, new: graph, changed: loaded.cache.parsedKeys,
                                             sameItems: loaded.sameItems)
        var used: [String: Set<String>] = [:]
        func uses(_ job: BuildJob) -> Set<String> {
            var all: Set<String> = []
            for name in job.entryTemplates {
                if let known = used[name] { all.formUnion(known); continue }
                let found = job.templatesUsed(by: name, in: templates.library)
                used[name] = found
                all.formUnion(found)
            }
            return all
        }
        let jobs = plan.jobs.filter { job in
            guard let dependencies = state.dependencies[job.key], state.jobs[job.key] != nil else { return true }
            if !dependencies.isDisjoint(with: changes) { return true }
            return !templates.changed.isEmpty && !uses(job).isDisjoint(with: templates.changed)
        }
        return PlannedWork(jobs: jobs, changes: changes)
    }
}
