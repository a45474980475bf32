import VitrineContent

/// What the last run knew of each job of its plan, by position in the plan: what the job's
/// views read, the files it wrote and the warnings it gave (reported again while it is not
/// rendered again, as a full build would report them). Kept in arrays aligned with the plan's
/// jobs, so a run with the same plan looks jobs up by position, not by hashing their keys.
struct JobMemory {
    var keys: [String]
    var position: [String: Int]
    var dependencies: [Set<Dependency>]
    var outputs: [[String]]
    var warnings: [[Diagnostic]]

    static let empty = JobMemory(keys: [], position: [:], dependencies: [], outputs: [], warnings: [])

    /// A memory for `keys` with nothing known yet.
    init(keys: [String]) {
        self.keys = keys
        var position: [String: Int] = [:]
        position.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() where position[key] == nil { position[key] = index }
        self.position = position
        dependencies = Array(repeating: [], count: keys.count)
        outputs = Array(repeating: [], count: keys.count)
        warnings = Array(repeating: [], count: keys.count)
    }

    init(keys: [String], position: [String: Int], dependencies: [Set<Dependency>], outputs: [[String]],
         warnings: [[Diagnostic]]) {
        self.keys = keys
        self.position = position
        self.dependencies = dependencies
        self.outputs = outputs
        self.warnings = warnings
    }

    /// This memory moved onto a new plan: what is known of a job with the same key carries over.
    func moved(to keys: [String]) -> (memory: JobMemory, known: [Bool]) {
        var memory = JobMemory(keys: keys)
        var known = Array(repeating: false, count: keys.count)
        for (index, key) in keys.enumerated() {
            guard let old = position[key] else { continue }
            memory.dependencies[index] = dependencies[old]
            memory.outputs[index] = outputs[old]
            memory.warnings[index] = warnings[old]
            known[index] = true
        }
        return (memory, known)
    }
}
