/// What `vitrine-typst` prints: one JSON object (see scripts/vitrine-typst).
struct TypstAnswer: Decodable {
    struct Problem: Decodable {
        var severity: String
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
        var hints: [String]
    }

    var pdf: String?
    var pages: Int?
    var bytes: Int?
    var problems: [Problem]
}
