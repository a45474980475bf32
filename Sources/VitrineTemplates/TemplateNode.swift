/// A parsed template, after the whitespace rules: what the compiler turns into code.
indirect enum TemplateNode {
    case text([UInt8])
    /// Write the current indentation (of the partials and blocks around this one).
    case lineStart
    case variable(TagExpression, escaped: Bool, TemplatePosition)
    case section(TagExpression, inverted: Bool, [TemplateNode], TemplatePosition)
    /// `indentation` is nil for a partial inside a line (its lines are not indented).
    case partial(String, indentation: [UInt8]?, TemplatePosition)
    case parent(String, indentation: [UInt8]?, arguments: [BlockArgument], TemplatePosition)
    case block(BlockParameter)
}

struct TemplatePosition: Hashable {
    let line: Int
    let column: Int
}

/// `{{$name}}...{{/name}}` directly inside a parent tag: content replacing the parent's block.
struct BlockArgument {
    let name: String
    let content: [TemplateNode]
    /// Unique within its template; with the template's name, identifies the argument.
    let id: Int
}

/// `{{$name}}default{{/name}}` outside parent tags: a place an argument may fill.
struct BlockParameter {
    let name: String
    let defaultContent: [TemplateNode]
    /// Added to every line of an overriding argument (after its first when
    /// `indentsFirstLine` is false, where the block starts inside a line).
    let overrideIndentation: [UInt8]
    let indentsFirstLine: Bool
    let position: TemplatePosition
}
