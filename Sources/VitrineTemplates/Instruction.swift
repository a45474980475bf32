import VitrineContent

/// Compiled template code: names are already resolved to field indices and frame types,
/// texts are already bytes, interface strings already escaped.
enum Instruction: Sendable {
    case text([UInt8])
    /// Write the current indentation (standalone partials and re-indented blocks).
    case lineStart
    case print(ValueAccess, escapesHTML: Bool)
    /// Pushes each list element, the object, or the truthy scalar; objects are tagged with
    /// `frameType` (nil: looked up by name).
    case section(ValueAccess, frameType: ObjectIdentifier?, [Instruction])
    case inverted(ValueAccess, [Instruction])
    /// Runs program `index`; `indentation` nil for a partial inside a line.
    case call(Int, indentation: [UInt8]?, site: SourceLocation)
    /// An argument overriding a block, with the block's indentation added.
    case indented([UInt8], [Instruction])
}

/// How to find a value on the stack at render time.
struct ValueAccess: Sendable {
    enum Head: Sendable {
        /// `.`: the top frame.
        case top
        /// Field `index` of the nearest frame of type `type`. `dynamicName` is set when
        /// dynamic frames above it may hold the name first.
        case field(ObjectIdentifier, Int, dynamicName: String?)
        /// Field `inner` of the object in field `index` of the nearest `type` frame.
        case nestedField(ObjectIdentifier, Int, Int)
        /// Only dynamic frames can hold it: looked up by name.
        case named(String)
        /// An interface string, fixed at compile time.
        case constant(String)
    }

    enum Step: Sendable {
        case field(Int)
        case named(String)
    }

    let head: Head
    let steps: [Step]
    let testsEmptiness: Bool
}
