/// One step of linked, flat code: plain values only (offsets, indices, type identities),
/// so running it retains nothing. Texts, accesses and indentations live in side tables
/// of `CompiledTemplate`; a section's body is the operations up to `end`.
enum Operation {
    case text(start: Int, count: Int)
    case lineStart
    case print(ValueReference, escapesHTML: Bool)
    case section(ValueReference, frameType: ObjectIdentifier?, end: Int)
    case inverted(ValueReference, end: Int)
    /// `indentation` is an index into the indentation table, or -1 for a partial inside a line.
    case call(program: Int, indentation: Int, site: Int)
    case indented(indentation: Int, end: Int)
}

/// Where a value comes from: the common cases inline, everything else in the access table.
enum ValueReference {
    /// Field `index` of the nearest frame of `type`.
    case field(ObjectIdentifier, Int)
    /// Field `inner` of the object in field `index` of the nearest frame of `type`.
    case nestedField(ObjectIdentifier, Int, Int)
    /// `accesses[index]`.
    case access(Int)
}
