import Foundation
import VitrineContent
import VitrineSite
import VitrineTemplates

/// What the Emit stage keeps for the next run.
struct EmittedOutput {
    var dependencies: [String: Set<Dependency>]
    var outputs: [String: [String]]
}

extension BuildSession {
    /// Emit: with no errors, writes the assets, removes what the build no longer makes, builds
    /// the search index and makes it all visible at once; with errors, changes nothing.
    func emit(_ rendered: [RenderedJob], plan: BuildPlan, into sink: any OutputSink, search: SearchIndexer?,
              update: inout BuildUpdate) throws(DiagnosticList) -> EmittedOutput {
        update.diagnostics += rendered.flatMap(\.diagnostics)
        guard !update.diagnostics.hasErrors else {
            search?.cancel()
            sink.discard()
            throw DiagnosticList([])
        }
        var written = rendered.flatMap(\.written)
        do {
            if sink.marked, try sink.write(OutputFile(path: OutputTarget.marker, bytes: OutputTarget.markerContents)) {
                written.append(OutputTarget.marker)
            }
            for file in plan.assets.files {
                if try sink.write(file) { written.append(file.path) }
            }
        } catch {
            sink.discard()
            throw DiagnosticList([.error("\(error)", at: SourceLocation(file: sink.target.path))])
        }
        // Keep what the last run knew of jobs not rendered again, then replace it.
        var dependencies = state?.dependencies ?? [:]
        var outputs = state?.outputs ?? [:]
        let keys = Set(plan.jobs.map(\.key))
        dependencies = dependencies.filter { keys.contains($0.key) }
        outputs = outputs.filter { keys.contains($0.key) }
        for job in rendered {
            dependencies[job.key] = keepsState ? job.dependencies : nil
            outputs[job.key] = job.files
        }
        var expected: Set<String> = sink.marked ? [OutputTarget.marker] : []
        for files in outputs.values { expected.formUnion(files) }
        expected.formUnion(plan.assets.files.map(\.path))
        let stale = sink.present.subtracting(expected).sorted()
        for path in stale { sink.remove(path) }

        if let search {
            if let staging = (sink as? StagingSink)?.staging {
                switch search.finish(into: staging.appendingPathComponent(URLScheme.searchBundle)) {
                case .success: update.searchIndexed = true
                case .failure(let failure):
                    update.diagnostics.append(.warning("search index not built: \(failure)", at: SourceLocation(file: options.output)))
                }
            } else {
                search.cancel()
            }
        }
        do { try sink.commit() } catch {
            sink.discard()
            throw DiagnosticList([.error("\(error)", at: SourceLocation(file: sink.target.path))])
        }
        update.rendered = rendered.compactMap(\.page)
        update.renderedFiles = rendered.filter { $0.page == nil }.map(\.key)
        update.pagesRendered = update.rendered.count
        update.written = written
        update.deleted = stale
        update.fileCount = expected.count
        return EmittedOutput(dependencies: keepsState ? dependencies : [:], outputs: keepsState ? outputs : [:])
    }
}
