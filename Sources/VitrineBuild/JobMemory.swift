import VitrineContent

/// What the last run knew of each job of its plan, by position in the plan: what the job's
/// views read and the files it wrote. Kept in arrays aligned with the plan's jobs, so a run
/// with the same plan looks jobs up by position, not by hashing their keys.
struct JobMemory {
    var keys: [String]
    var position: [String: Int]
    var dependencies: [Set<Dependency>]
    var outputs: [[String]]

    static let empty = JobMemory(keys: [], position: [:], dependencies: [], outputs: [])

    /// A memory for `keys` with nothing known yet.
    init(keys: [String]) {
        self.keys = keys
        var position: [String: Int] = [:]
        position.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() where position[key] == nil { position[key] = index }
        self.position = position
        dependencies = Array(repeating: [], count: keys.count)
        outputs = Array(repeating: [], count: keys.count)
    }

    init(keys: [String], position: [String: Int], dependencies: [Set<Dependency>], outputs: [[String]]) {
        self.keys = keys
        self.position = position
        self.dependencies = dependencies
        self.outputs = outputs
    }

    /// This memory moved onto a new plan: what is known of a job with the same key carries over.
    func moved(to keys: [String]) -> (memory: JobMemory, known: [Bool]) {
        var memory = JobMemory(keys: keys)
        var known = Array(repeating: false, count: keys.count)
        for (index, key) in keys.enumerated() {
            guard let old = position[key] else { continue }
            memory.dependencies[index] = dependencies[old]
            memory.outputs[index] = outputs[old]
            known[index] = true
        }
        return (memory, known)
    }
}
