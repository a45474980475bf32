public struct Conclusion: Equatable, Sendable {
    public var number: String?
    public var level: ConclusionLevel?
    public var evidence: [ReferenceTarget]
    public var recommendations: [ReferenceTarget]
}
