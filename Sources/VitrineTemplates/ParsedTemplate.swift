/// One template file, parsed: its name (`partials/tile`), the file to name in
/// diagnostics, whether `{{x}}` escapes HTML in it, and its nodes.
struct ParsedTemplate {
    let name: String
    let file: String
    let escapesHTML: Bool
    let nodes: [TemplateNode]
}
