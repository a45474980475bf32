/// A program that could not be started at all.
struct ToolStartFailure: Error, Sendable {
    var executable: String
    var reason: String
}
