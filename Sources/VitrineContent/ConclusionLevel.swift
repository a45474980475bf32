public enum ConclusionLevel: String, CaseIterable, Sendable {
    case micro, meso, macro
}
