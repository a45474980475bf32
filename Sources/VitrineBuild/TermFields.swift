import VitrineContent

/// What pages show of a term (its position in the file is not shown).
struct TermFields: Equatable {
    var label: String
    var plural: String?
    var description: String?

    init(_ term: Term) {
        label = term.label
        plural = term.plural
        description = term.description
    }
}
