import VitrineContent
import VitrineTemplates

/// Parts of a report rendered on their own (a source note, a SWOT cell) before they go into
/// the report's view.
extension Composition {
    func renderPart<View: TemplateObject>(_ view: View, template: String) -> String {
        do {
            return try templates.render(view, template: template).trimmed
        } catch {
            renderProblems.add(error.diagnostics)
            return ""
        }
    }
}
