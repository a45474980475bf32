import Testing
import VitrineContent
import VitrineTemplates

/// Templates compiled against typed views: every compile error with its exact text and
/// position, and the behaviour the types make possible.
@Suite struct TypedCompileTests {
    static let strings = InterfaceStrings(language: "nl", labels: ["search": "Zoeken & vinden", "footer": "Voet"], months: [])

    func library(_ sources: [String: String]) -> TemplateLibrary {
        TemplateLibrary(sources: sources, strings: Self.strings)
    }

    /// Diagnostics of compiling `source` (as template "page") for `PageStub`.
    func errors(_ source: String, also others: [String: String] = [:]) -> [String] {
        let library = library(others.merging(["page": source]) { $1 })
        return library.compile("page", for: PageStub.self).map(\.description)
    }

    func render(_ page: PageStub, _ source: String, also others: [String: String] = [:]) throws -> String {
        try library(others.merging(["page": source]) { $1 }).render(page, template: "page")
    }

    // MARK: compile errors

    @Test func unknownField() {
        #expect(errors("<p>{{titel}}</p>") == [
            "page.mustache:1:4: error: unknown field 'titel': no field of PageStub has that name (did you mean 'title'?)"])
        #expect(errors("{{#tiles}}\n  {{sumary}}\n{{/tiles}}") == [
            "page.mustache:2:3: error: unknown field 'sumary': no field of TileStub or PageStub has that name (did you mean 'summary'?)"])
        #expect(errors("{{source.titel}}") == [
            "page.mustache:1:1: error: unknown field 'titel' in 'source.titel': SourceStub has no such field (did you mean 'title'?)"])
    }

    @Test func printingAListOrAnObject() {
        #expect(errors("{{chips}}") == [
            "page.mustache:1:1: error: cannot print 'chips': it is a list of ChipStub; use a section, {{#chips}}...{{/chips}}"])
        #expect(errors("x {{source}}") == [
            "page.mustache:1:3: error: cannot print 'source': it is an object (SourceStub); use a section or a dotted name"])
    }

    @Test func unescapedText() {
        #expect(errors("{{{summary}}} {{&title}}") == [
            "page.mustache:1:1: error: 'summary' is text, so {{{summary}}} would print user text unescaped; use {{summary}}",
            "page.mustache:1:15: error: 'title' is text, so {{{title}}} would print user text unescaped; use {{title}}"])
    }

    @Test func escapedHTML() {
        #expect(errors("<div>{{body}}</div>") == [
            "page.mustache:1:6: error: 'body' is HTML already, so {{body}} would escape it twice; use {{{body}}}"])
    }

    @Test func dottedNameThroughANonObject() {
        #expect(errors("{{chips.label}}") == [
            "page.mustache:1:1: error: 'chips.label' goes through 'chips', which is a list of ChipStub, not an object"])
        #expect(errors("{{title.length}}") == [
            "page.mustache:1:1: error: 'title.length' goes through 'title', which is text, not an object"])
    }

    @Test func unknownPartialAndParent() {
        let partials = ["partials/tile": "{{title}}", "html/base": "{{$main}}{{/main}}"]
        #expect(errors("{{>partials.tiel}}", also: partials) == [
            "page.mustache:1:1: error: unknown partial 'partials.tiel' (no file partials/tiel.mustache) (did you mean 'partials.tile'?)"])
        #expect(errors("\n{{<html.bse}}{{/html.bse}}", also: partials) == [
            "page.mustache:2:1: error: unknown parent template 'html.bse' (no file html/bse.mustache) (did you mean 'html.base'?)"])
    }

    @Test func unclosedAndMismatchedSections() {
        #expect(errors("a\n{{#chips}}x") == [
            "page.mustache:2:1: error: template syntax error: section 'chips' is never closed"])
        #expect(errors("{{#chips}}x{{/tiles}}") == [
            "page.mustache:1:12: error: template syntax error: '{{/tiles}}' does not close the open section 'chips' (opened at line 1, column 1)"])
        #expect(errors("x{{/tiles}}") == [
            "page.mustache:1:2: error: template syntax error: '{{/tiles}}' closes nothing: no section is open"])
        #expect(errors("{{title") == [
            "page.mustache:1:1: error: template syntax error: unclosed tag: '{{' without a closing '}}'"])
    }

    /// The same problems in Dutch, for the designer of a Dutch site: the tags as written.
    @Test func compileErrorsInDutch() {
        func dutch(_ source: String, also others: [String: String] = [:]) -> [String] {
            library(others.merging(["page": source]) { $1 }).compile("page", for: PageStub.self).map { $0.localized(to: .nl) }
        }
        #expect(dutch("{{#tiles}}\n  {{sumary}}\n{{/tiles}}") == [
            "page.mustache:2:3: error: onbekend veld 'sumary': TileStub of PageStub heeft geen veld met die naam (bedoelde je 'summary'?)"])
        #expect(dutch("{{{summary}}}") == [
            "page.mustache:1:1: error: 'summary' is tekst; {{{summary}}} zou tekst van de auteurs zonder escaping afdrukken; schrijf {{summary}}"])
        #expect(dutch("{{chips}}") == [
            "page.mustache:1:1: error: 'chips' kan niet worden afgedrukt: het is een lijst van ChipStub; gebruik een sectie, {{#chips}}...{{/chips}}"])
        #expect(dutch("a\n{{#chips}}x") == [
            "page.mustache:2:1: error: fout in de opbouw van de template: sectie 'chips' wordt nergens gesloten"])
        #expect(dutch("{{#chips}}x{{/tiles}}") == [
            "page.mustache:1:12: error: fout in de opbouw van de template: '{{/tiles}}' sluit niet de open sectie 'chips' (geopend op regel 1, kolom 1)"])
        #expect(dutch("{{>partials.tiel}}", also: ["partials/tile": "{{title}}"]) == [
            "page.mustache:1:1: error: onbekende partial 'partials.tiel' (er is geen bestand partials/tiel.mustache) (bedoelde je 'partials.tile'?)"])
    }

    @Test func unknownTransform() {
        #expect(errors("{{#uppercased(title)}}x{{/uppercased(title)}}") == [
            "page.mustache:1:1: error: unknown transform 'uppercased' in 'uppercased(title)' (templates know only empty())"])
    }

    @Test func missingInterfaceString() {
        #expect(errors("<a>{{t.serach}}</a>") == [
            "page.mustache:1:4: error: no interface string 'serach' in i18n/nl.yml (did you mean 'search'?)"])
        #expect(errors("{{t}}") == [
            "page.mustache:1:1: error: cannot print 't': it holds the interface strings; name one, as in {{t.some_key}}"])
    }

    @Test func unknownEntryTemplate() {
        #expect(library(["page": ""]).compile("pgae", for: PageStub.self).map(\.description) == [
            "pgae.mustache:1:1: error: no template 'pgae' (did you mean 'page'?)"])
    }

    @Test func fieldDeclaredTwiceIsAWarning() throws {
        let library = library(["twice": "{{name}}"])
        #expect(library.compile("twice", for: TwiceStub.self).map(\.description) == [
            "twice.mustache:1:1: warning: TwiceStub declares the template field 'name' more than once; the first is used"])
        #expect(try library.render(TwiceStub(name: "first"), template: "twice") == "first")
    }

    @Test func everyErrorOfATemplateAtOnce() {
        #expect(errors("{{titel}}\n{{#tiles}}{{{summary}}}{{/tiles}}\n{{chips}}").count == 3)
    }

    // MARK: behaviour

    @Test func explicitNullStopsTheLookup() throws {
        // A tile without a summary must not show its page's summary.
        let page = PageStub(summary: "Pagina", tiles: [TileStub(title: "a", summary: nil), TileStub(title: "b", summary: "Tegel")])
        #expect(try render(page, "{{#tiles}}[{{summary}}]{{/tiles}} {{summary}}") == "[][Tegel] Pagina")
        // The page's title is reachable from inside a tile only where the tile has none: never.
        #expect(try render(page, "{{#tiles}}{{title}}/{{count}} {{/tiles}}") == "a/3 b/3 ")
    }

    @Test func dottedNamesReadEachElementsOwnObject() throws {
        let page = PageStub(tiles: [TileStub(title: "a", source: SourceStub(title: "A", page: "1")), TileStub(title: "b"),
                                    TileStub(title: "c", source: SourceStub(title: "C", page: nil))])
        #expect(try render(page, "{{#tiles}}{{source.title}}/{{source.page}}/{{#source}}{{title}}{{/source}};{{/tiles}}") ==
            "A/1/A;//;C//C;")
    }

    @Test func escapesTheFiveCharacters() throws {
        let page = PageStub(title: #"<a href="x">Tom & Jerry's</a>"#)
        #expect(try render(page, "{{title}}") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(try render(page, "{{{body}}}") == "<b>vet</b>")
    }

    @Test func recursivePartialCompilesOnceAndIndents() throws {
        let library = library(["section": "{{title}}\n{{#subsections}}\n  {{>section}}\n{{/subsections}}\n"])
        let tree = SectionStub(title: "A", subsections: [
            SectionStub(title: "B", subsections: [SectionStub(title: "C")]), SectionStub(title: "D")])
        #expect(library.compile("section", for: SectionStub.self).isEmpty)
        #expect(try library.render(tree, template: "section") == "A\n  B\n    C\n  D\n")
        #expect(library.templatesUsed(by: "section", for: SectionStub.self) == ["section"])
    }

    @Test func parentAndBlocksWithATypedRoot() throws {
        let sources = [
            "base": "<title>{{title}}</title>\n{{$main}}<p>default</p>{{/main}}\n<footer>{{t.footer}}</footer>\n",
            "page": "{{<base}}\n{{$main}}\n<main>{{{body}}}{{#tiles}}<i>{{title}}</i>{{/tiles}}</main>\n{{/main}}\n{{/base}}\n",
            "plain": "{{<base}}{{/base}}",
        ]
        let library = library(sources)
        let page = PageStub(title: "T", tiles: [TileStub(title: "x")])
        #expect(try library.render(page, template: "page") == "<title>T</title>\n<main><b>vet</b><i>x</i></main>\n\n<footer>Voet</footer>\n")
        #expect(try library.render(page, template: "plain") == "<title>T</title>\n<p>default</p>\n<footer>Voet</footer>\n")
        #expect(library.templatesUsed(by: "page", for: PageStub.self) == ["page", "base"])
    }

    @Test func textPragmaDoesNotEscape() throws {
        let page = PageStub(title: "<b> & </b>", summary: "*md*")
        let source = "{{% CONTENT_TYPE: TEXT }}\n{{title}} {{{summary}}} {{body}} {{t.search}}\n"
        #expect(errors(source).isEmpty)
        #expect(try render(page, source) == "<b> & </b> *md* <b>vet</b> Zoeken & vinden\n")
        #expect(errors("x\n{{% CONTENT_TYPE: TEXT }}") == [
            "page.mustache:2:1: error: template syntax error: the CONTENT_TYPE pragma must come first in the file"])
    }

    @Test func emptyTransform() throws {
        let source = "{{^empty(chips)}}<ul>{{#chips}}<li>{{label}}</li>{{/chips}}</ul>{{/empty(chips)}}{{#empty(chips)}}-{{/empty(chips)}}"
        #expect(try render(PageStub(), source) == "-")
        #expect(try render(PageStub(chips: [ChipStub(label: "a", url: "/a/")]), source) == "<ul><li>a</li></ul>")
        #expect(try render(PageStub(summary: nil), "{{#empty(summary)}}none{{/empty(summary)}}") == "none")
        #expect(try render(PageStub(summary: ""), "{{#empty(summary)}}none{{/empty(summary)}}") == "none")
    }

    @Test func interfaceStringsAreTextFixedAtCompileTime() throws {
        #expect(try render(PageStub(), "<b>{{t.search}}</b>{{#tiles}}{{t.footer}}{{/tiles}}") == "<b>Zoeken &amp; vinden</b>")
        #expect(errors("{{{t.search}}}") == [
            "page.mustache:1:1: error: 't.search' is text, so {{{t.search}}} would print it unescaped; use {{t.search}}"])
    }

    @Test func scalarsAndImplicitIterator() throws {
        let page = PageStub(draft: true, count: 0, tags: ["a&b", "c"])
        #expect(try render(page, "{{#tags}}<{{.}}>{{/tags}}|{{#draft}}D{{/draft}}|{{^count}}none{{/count}}|{{count}}") ==
            "<a&amp;b><c>|D|none|0")
    }

    @Test func endlessPartialRecursionIsAnError() {
        let library = library(["page": "{{>loop}}", "loop": "x{{>loop}}"])
        #expect(throws: TemplateRenderError.self) { try library.render(PageStub(), template: "page") }
        do {
            _ = try library.render(PageStub(), template: "page")
        } catch {
            #expect(error.description ==
                "loop.mustache:1:2: error: partials nest more than 100 deep here: does a partial include itself without a section that ends?")
        }
    }

    @Test func renderingATemplateThatDoesNotCompileThrowsItsDiagnostics() {
        let library = library(["page": "{{titel}}"])
        #expect(throws: TemplateRenderError.self) { try library.render(PageStub(), template: "page") }
    }
}
