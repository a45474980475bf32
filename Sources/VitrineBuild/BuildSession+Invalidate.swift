import VitrineContent
import VitrineSite
import VitrineTemplates

/// The jobs a run renders, and what changed in the content since the last run (nil: unknown,
/// so everything counts as changed).
struct PlannedWork {
    /// Positions in the plan of the jobs to render.
    var positions: [Int]
    var changes: Set<Dependency>?
}

extension BuildSession {
    /// Which jobs to render: on a first run all of them; afterwards those that are new, whose
    /// recorded dependencies meet what changed in the content, or whose templates changed.
    /// What changed in the content since the last run; nil on a first run or when the strings
    /// or assets changed (every page may differ).
    func contentChanges(_ graph: ContentGraph, loaded: LoadedContent, templates: LoadedTemplates) -> Set<Dependency>? {
        guard let state, !templates.everythingChanged else { return nil }
        return ContentChanges.between(old: state.graph, new: graph, changed: loaded.cache.parsedKeys, sameItems: loaded.sameItems)
    }

    func invalidate(_ run: RunPlan, changes: Set<Dependency>?, templates: LoadedTemplates) -> PlannedWork {
        let plan = run.plan
        let all = PlannedWork(positions: Array(plan.jobs.indices), changes: changes)
        guard let state, let changes else { return all }
        var used: [String: Set<String>] = [:]
        func usesChangedTemplate(_ job: BuildJob) -> Bool {
            guard !templates.changed.isEmpty else { return false }
            for name in job.entryTemplates {
                let found = used[name] ?? job.templatesUsed(by: name, in: templates.library)
                used[name] = found
                if !found.isDisjoint(with: templates.changed) { return true }
            }
            return false
        }
        var positions: [Int] = []
        for (index, job) in plan.jobs.enumerated() {
            let old = run.reused ? index : state.jobs.position[plan.keys[index]]
            guard let old else { positions.append(index); continue }
            // A new plan may give a file another job (an alias that moved to another item, the
            // servers' files with other redirects): that file is rendered again.
            if !run.reused, state.plan.jobs[old] != job { positions.append(index); continue }
            // The changes are few, a job's dependencies many: look each change up.
            let dependencies = state.jobs.dependencies[old]
            if changes.contains(where: dependencies.contains) || usesChangedTemplate(job) { positions.append(index) }
        }
        return PlannedWork(positions: positions, changes: changes)
    }
}
