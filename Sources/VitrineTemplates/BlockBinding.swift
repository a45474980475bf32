/// An argument (`{{$name}}...{{/name}}` inside `{{<parent}}`) bound to a block name while
/// a parent compiles. Outer bindings win: the top-level template's arguments take
/// precedence at every level of inheritance (the spec's multi-level rule).
struct BlockBinding {
    /// Which argument: its template and its number there.
    struct Reference: Hashable {
        let name: String
        let template: String
        let id: Int
    }

    let reference: Reference
    let argument: BlockArgument
    /// The template the argument is written in: its file and content type apply.
    let owner: ParsedTemplate
}
