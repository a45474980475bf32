public struct SWOT: Equatable, Sendable {
    public enum Quadrant: String, CaseIterable, Sendable {
        case strengths, weaknesses, opportunities, threats
    }

    public struct Entry: Equatable, Sendable {
        public var text: String
        public var ref: ReferenceTarget?
    }

    public var subject: String?
    public var derived: Bool
    public var quadrants: [Quadrant: [Entry]]

    public func entries(_ quadrant: Quadrant) -> [Entry] { quadrants[quadrant] ?? [] }
}
