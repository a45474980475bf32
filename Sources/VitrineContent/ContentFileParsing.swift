/// One content file's bytes through the loader's own path, without a folder: decode
/// (`SourceText`), then the parser the file's place in `Content/` chooses. `package` so that
/// the fuzzing harness (`VitrineFuzzing`) runs exactly what `ContentLoader` runs, and no
/// more of the loader's internals become public.
package enum ContentFileParsing {
    /// An item file (`Content/<type folder>/<id>.md`); the diagnostics a load would give it.
    package static func item(_ bytes: [UInt8], type: ItemType, id: String, path: String) -> [Diagnostic] {
        parse(bytes, path: path) { text, diagnostics in
            _ = ItemParser(type: type, id: id, source: text).parse(diagnostics: &diagnostics)
        }
    }

    /// `site.yml`.
    package static func site(_ bytes: [UInt8], path: String) -> [Diagnostic] {
        parse(bytes, path: path) { text, diagnostics in
            var references: [Reference] = []
            _ = SiteConfig.load(text, references: &references, diagnostics: &diagnostics)
        }
    }

    /// `taxonomies.yml`.
    package static func taxonomies(_ bytes: [UInt8], path: String) -> [Diagnostic] {
        parse(bytes, path: path) { text, diagnostics in _ = Taxonomies.load(text, diagnostics: &diagnostics) }
    }

    /// A report definition (`Content/reports/<id>.yml`).
    package static func report(_ bytes: [UInt8], id: String, path: String) -> [Diagnostic] {
        parse(bytes, path: path) { text, diagnostics in
            var references: [Reference] = []
            _ = ReportParser(id: id, source: text).parse(references: &references, diagnostics: &diagnostics)
        }
    }

    private static func parse(_ bytes: [UInt8], path: String,
                              _ body: (SourceText, inout [Diagnostic]) -> Void) -> [Diagnostic] {
        switch SourceText.decode(bytes, displayPath: path) {
        case .failure(let diagnostic): return [diagnostic]
        case .success(let text):
            var diagnostics: [Diagnostic] = []
            body(text, &diagnostics)
            return diagnostics
        }
    }
}
