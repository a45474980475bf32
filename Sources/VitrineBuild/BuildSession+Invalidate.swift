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
        let closure = TemplateClosure(templates.set)
        let jobs = plan.jobs.filter { job in
            guard let dependencies = state.dependencies[job.key], state.jobs[job.key] != nil else { return true }
            if !dependencies.isDisjoint(with: changes) { return true }
            return job.entryTemplates.contains { !closure.templates(usedBy: $0).isDisjoint(with: templates.changed) }
        }
        return PlannedWork(jobs: jobs, changes: changes)
    }
}

/// For each template, itself and every partial and parent it uses, transitively.
struct TemplateClosure {
    private var closure: [String: Set<String>] = [:]

    init(_ templates: TemplateSet) {
        var direct: [String: Set<String>] = [:]
        for (name, source) in templates.sources {
            direct[name] = Set(MustacheTag.scan(source).filter { $0.sigil == ">" || $0.sigil == "<" }
                .map { $0.name.replacingOccurrences(of: ".", with: "/") })
        }
        for name in direct.keys {
            var seen: Set<String> = [name]
            var queue = [name]
            while let next = queue.popLast() {
                for used in direct[next] ?? [] where seen.insert(used).inserted { queue.append(used) }
            }
            closure[name] = seen
        }
    }

    func templates(usedBy name: String) -> Set<String> { closure[name] ?? [name] }
}
