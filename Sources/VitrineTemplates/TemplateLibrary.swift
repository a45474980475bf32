import Foundation
import VitrineContent

/// Vitrine's compiled Mustache templates: every `*.mustache` of a folder, parsed once,
/// and compiled per entry template and root type on first use. Names in a template are
/// checked against the types that render it; unknown names, wrong kinds and missing
/// interface strings are diagnostics with file, line and column.
///
/// Sendable: compiled templates are cached under a lock and immutable, so pages render
/// on several threads at once.
public final class TemplateLibrary: @unchecked Sendable {
    /// The theme's folder as diagnostics name it (the site's templates folder, `<built-in>`,
    /// or "" for templates given in memory).
    public let directory: String
    public let language: String
    /// The strings of `language`, which `{{t.key}}` prints (nil when none were loaded).
    public let strings: InterfaceStrings?
    /// Every language's strings.
    public let catalog: InterfaceStringCatalog
    /// Syntax errors and strings problems found while loading.
    public let loadDiagnostics: [Diagnostic]
    let templates: [String: ParsedTemplate]
    /// Templates that did not parse, with their syntax error: compiling one reports it.
    let brokenTemplates: [String: Diagnostic]
    private let unknownPartials: UnknownPartialPolicy
    /// The strings file of `language` as diagnostics name it.
    public let stringsFile: String
    private let lock = NSLock()
    private var cache: [CacheKey: CompiledTemplate] = [:]

    private struct CacheKey: Hashable {
        let template: String
        let root: ObjectIdentifier
    }

    init(directory: String, language: String, catalog: InterfaceStringCatalog, templates: [String: ParsedTemplate],
         brokenTemplates: [String: Diagnostic], stringsFile: String, unknownPartials: UnknownPartialPolicy, diagnostics: [Diagnostic]) {
        self.directory = directory
        self.language = language
        self.catalog = catalog
        self.strings = catalog.languages[language]
        self.templates = templates
        self.brokenTemplates = brokenTemplates
        self.unknownPartials = unknownPartials
        self.loadDiagnostics = diagnostics.sortedForDisplay()
        self.stringsFile = stringsFile
    }

    /// Template names (`html/card`), sorted.
    public var templateNames: [String] { templates.keys.sorted() }

    public func has(_ name: String) -> Bool { templates[name] != nil }

    /// The file of template `name` as diagnostics name it (where it would be when missing).
    public func file(of name: String) -> String {
        templates[name]?.file ?? (directory.isEmpty ? "\(name).mustache" : "\(directory)/\(name).mustache")
    }

    /// Compiles `template` for values of `root` (once; later calls return the same
    /// diagnostics). An empty result, or warnings only, means it renders.
    public func compile<Root: TemplateObject>(_ template: String, for root: Root.Type) -> [Diagnostic] {
        compiled(template, root).diagnostics
    }

    /// Every template `template` uses when rendering `root` (itself, its partials and
    /// parents, transitively), for deciding what a template change invalidates.
    public func templatesUsed<Root: TemplateObject>(by template: String, for root: Root.Type) -> Set<String> {
        compiled(template, root).templatesUsed
    }

    /// Renders `value` with `template`, appending UTF-8 bytes to `output`. Throws only when
    /// the template does not compile for `Root` or partials nest without end.
    public func render<Root: TemplateObject>(_ value: Root, template: String,
                                             into output: inout [UInt8]) throws(TemplateRenderError) {
        let compiled = compiled(template, Root.self)
        guard let entry = compiled.entry else { throw TemplateRenderError(compiled.diagnostics) }
        try TemplateRenderer.render(compiled.code, program: entry, root: .object(value, type: compiled.rootType), into: &output)
    }

    /// Renders into a new string.
    public func render<Root: TemplateObject>(_ value: Root, template: String) throws(TemplateRenderError) -> String {
        var output: [UInt8] = []
        try render(value, template: template, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private func compiled(_ template: String, _ root: any TemplateObject.Type) -> CompiledTemplate {
        let key = CacheKey(template: template, root: ObjectIdentifier(root))
        lock.lock()
        let cached = cache[key]
        lock.unlock()
        if let cached { return cached }
        let result = compile(template, root)
        lock.lock()
        defer { lock.unlock() }
        if let raced = cache[key] { return raced }
        cache[key] = result
        return result
    }

    private func compile(_ template: String, _ root: any TemplateObject.Type) -> CompiledTemplate {
        let rootType = FrameType.of(root).objectID
        if let broken = brokenTemplates[template] {
            return CompiledTemplate(code: .empty, entry: nil, rootType: rootType, templatesUsed: [template], diagnostics: [broken])
        }
        let compiler = TemplateCompiler(templates: templates, broken: Set(brokenTemplates.keys), strings: strings,
                                        stringsFile: stringsFile, unknownPartials: unknownPartials)
        guard let entry = compiler.compileEntry(template, root: root) else {
            let missing = Diagnostic.error(.missingTemplate, ["template": .value(template)], at: SourceLocation(file: file(of: template)),
                                           hint: .didYouMean(Suggestion.closest(to: template, among: templates.keys)))
            return CompiledTemplate(code: .empty, entry: nil, rootType: rootType, templatesUsed: [], diagnostics: [missing])
        }
        let diagnostics = compiler.diagnostics
        return CompiledTemplate(code: LinkedCode(ProgramLinker.link(compiler.programs)), entry: diagnostics.hasErrors ? nil : entry,
                                rootType: rootType,
                                templatesUsed: compiler.templatesUsed, diagnostics: diagnostics)
    }
}
