/// Collects the dependencies of one page. One recorder per page, used by one thread.
public final class DependencyRecorder: @unchecked Sendable {
    public private(set) var dependencies: Set<Dependency> = []

    public init() {}

    public func record(_ dependency: Dependency) { dependencies.insert(dependency) }
}
