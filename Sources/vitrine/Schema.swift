import ArgumentParser
import VitrineContent
import VitrineSchema

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Writes a JSON Schema for each kind of content file, with the site's own terms and ids as choices.",
        discussion: """
            One schema (draft 2020-12) per item type's front matter, site.yml, taxonomies.yml and report \
            definitions, described in the site's language. Editors with the YAML language server (VS Code \
            and others) complete and check the .yml files with them.
            """)

    @Option(help: "The content folder.")
    var content = "Content"

    @Option(help: ArgumentHelp("The site's own templates folder (schema texts are in its schema/ folder).",
                               discussion: "Default: Templates/ beside the content folder when it exists, else the built-in theme."))
    var templates: String?

    @Option(help: "The folder the schemas are written into; replaced whole when it holds only schemas.")
    var output = "schemas"

    @Option(help: "The language of the descriptions (nl or en; default: the site's language).")
    var lang: String?

    @Flag(help: "Also write .vscode/settings.json (the .yml files to their schemas) and frontmatter.json (Front Matter CMS forms) beside the content.")
    var editor = false

    @Flag(help: "With --editor: replace those files when they exist.")
    var force = false

    func run() throws {
        let result = SchemaExport.run(content: content, templates: templates, language: lang, output: output, editor: editor, force: force)
        let language = lang.flatMap(DiagnosticLanguage.init(rawValue:)) ?? DiagnosticLanguage.ofSite(content: content)
        if !result.diagnostics.isEmpty {
            print(DiagnosticReport(diagnostics: result.diagnostics, itemCount: nil, language: language).text(), terminator: "")
            throw ExitCode(1)
        }
        let schemas = DiagnosticText.counted("status.schemas", result.files.filter { $0.hasSuffix(".schema.json") }.count)
        let settings = result.files.filter { !$0.hasSuffix(".schema.json") }
        let line: DiagnosticText = settings.isEmpty
            ? .phrase("status.schemas-written", ["schemas": schemas, "output": .value(output)])
            : .phrase("status.schemas-and-settings", ["schemas": schemas, "output": .value(output),
                                                      "settings": .value(settings.joined(separator: ", "))])
        print(DiagnosticCatalog.of(language).render(line))
    }
}
