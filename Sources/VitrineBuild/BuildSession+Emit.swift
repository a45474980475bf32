import Foundation
import VitrineContent
import VitrineSite
import VitrineTemplates

/// What the Emit stage keeps for the next run.
struct EmittedOutput {
    var jobs: JobMemory
    var fileCount: Int
}

extension BuildSession {
    /// Emit: with no errors, writes the assets, removes what the build no longer makes, builds
    /// the search index and makes it all visible at once; with errors, changes nothing.
    func emit(_ rendered: [RenderedJob], plan run: RunPlan, into sink: any OutputSink, search: SearchIndexer?,
              update: inout BuildUpdate) throws(DiagnosticList) -> EmittedOutput {
        let plan = run.plan
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
            throw DiagnosticList([Diagnostic.output(error, at: SourceLocation(file: sink.target.path))])
        }
        // Keep what the last run knew of jobs not rendered again, then replace it. With the same
        // plan the last run's memory is taken over and changed in place (no copy of 10,000 sets).
        var memory: JobMemory
        var filesMoved = state?.templates.assets != plan.assets
        if run.reused, let old = state?.jobs {
            state?.jobs = .empty
            memory = old
        } else {
            memory = state?.jobs.moved(to: plan.keys).memory ?? JobMemory(keys: plan.keys)
            filesMoved = true
        }
        for job in rendered {
            if keepsState { memory.dependencies[job.position] = job.dependencies }
            if memory.outputs[job.position] != job.files { filesMoved = true }
            memory.outputs[job.position] = job.files
            memory.warnings[job.position] = job.diagnostics
        }
        // A job not rendered again gives the warnings it gave last time (a report's empty section).
        if keepsState {
            var renderedNow = Array(repeating: false, count: memory.warnings.count)
            for job in rendered { renderedNow[job.position] = true }
            for (position, warnings) in memory.warnings.enumerated() where !warnings.isEmpty && !renderedNow[position] {
                update.diagnostics += warnings
            }
        }
        // Files can only have gone when jobs came or went, or a job wrote other files than before.
        var stale: [String] = []
        if filesMoved || state == nil {
            var expected: Set<String> = sink.marked ? [OutputTarget.marker] : []
            for files in memory.outputs { expected.formUnion(files) }
            expected.formUnion(plan.assets.files.map(\.path))
            stale = sink.present.subtracting(expected).sorted()
            for path in stale { sink.remove(path) }
            // A one-off build keeps no file lists: count what it wrote.
            update.fileCount = keepsState ? expected.count : expected.count + rendered.reduce(0) { $0 + $1.fileCount }
        } else {
            update.fileCount = state?.fileCount ?? 0
        }

        if let search {
            switch search.finish() {
            case .success(let bundle):
                do {
                    for file in bundle.files {
                        let path = URLScheme.searchBundle + "/" + file.path
                        if try sink.write(OutputFile(path: path, bytes: file.bytes)) { written.append(path) }
                    }
                } catch {
                    sink.discard()
                    throw DiagnosticList([Diagnostic.output(error, at: SourceLocation(file: sink.target.path))])
                }
                update.searchIndexed = true
            case .failure(let failure):
                update.diagnostics.append(.warning(.noSearchIndex, ["problem": failure.text], at: SourceLocation(file: options.output)))
            }
        }
        do { try sink.commit() } catch {
            sink.discard()
            state = nil  // what is on disk is no longer known: the next run is a full one
            throw DiagnosticList([Diagnostic.output(error, at: SourceLocation(file: sink.target.path))])
        }
        update.rendered = rendered.compactMap(\.page)
        update.renderedFiles = rendered.filter { $0.page == nil }.map(\.key)
        update.pagesRendered = update.rendered.count
        update.written = written
        update.deleted = stale
        return EmittedOutput(jobs: keepsState ? memory : .empty, fileCount: update.fileCount)
    }
}
