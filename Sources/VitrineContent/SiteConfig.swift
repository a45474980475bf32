import Yams

/// `site.yml`: the site's identity and navigation.
public struct SiteConfig: Equatable, Sendable {
    public struct NavigationEntry: Equatable, Sendable {
        public enum Target: Equatable, Sendable {
            case reference(ReferenceTarget)
            case href(String)
        }
        public var label: String
        public var target: Target
    }

    public var title: String
    public var description: String
    /// Absolute http(s) URL ending in `/`.
    public var baseURL: String
    public var language: String
    public var copyright: String?
    /// Where readers report an accessibility problem (an e-mail address or a web address), named
    /// by the accessibility statement.
    public var contact: String?
    public var navigation: [NavigationEntry]
    /// The last accessibility audit (`accessibility-audit.json` beside site.yml), if there is one.
    public var audit: AccessibilityAudit? = nil

    public static let languages = ["nl", "en"]

    static func load(_ source: SourceText, references: inout [Reference], diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let yaml = YAMLSource(path: source.path, firstLine: 1, text: source.text)
        guard var fields = yaml.fields(of: source.text, what: .phrase("what.file", ["file": .value("site.yml")]), diagnostics: &diagnostics) else { return nil }
        let title = fields.text("title", required: true)
        let description = fields.text("description", required: true)
        var baseURL = fields.text("baseURL", required: true)
        if let url = baseURL {
            if !isAbsoluteHTTPURL(url) {
                fields.diagnostics.append(.error(.notAWebAddress, ["field": .value("baseURL"), "found": .value(url)],
                                                 at: fields.location(of: "baseURL"), hint: .phrase("base-url-example")))
                baseURL = nil
            } else if !url.hasSuffix("/") {
                baseURL = url + "/"
            }
        }
        let language = fields.text("language") ?? "nl"
        if !languages.contains(language) {
            fields.diagnostics.append(.error(.unsupportedLanguage, ["language": .value(language)], at: fields.location(of: "language"),
                                             hint: .phrase("use-one-of", ["choices": .value(languages.joined(separator: ", "))])))
        }
        let copyright = fields.text("copyright")
        let contact = fields.text("contact")
        var navigation: [NavigationEntry] = []
        for node in fields.list("navigation") ?? [] {
            guard var entry = FieldReader(node, source: yaml, what: .phrase("what.navigation-entry"), at: yaml.location(of: node),
                                          diagnostics: &fields.diagnostics) else { continue }
            let label = entry.text("label", required: true)
            let ref = entry.text("ref"), href = entry.text("href")
            var target: NavigationEntry.Target?
            switch (ref, href) {
            case (let ref?, nil):
                if let parsed = ReferenceTarget(parsing: ref) {
                    target = .reference(parsed)
                    references.append(Reference(parsed, at: entry.location(of: "ref")))
                } else {
                    entry.diagnostics.append(.error(.invalidReference, ["reference": .value(ref)], at: entry.location(of: "ref"),
                                                    hint: .phrase("reference-example")))
                }
            case (nil, let href?): target = .href(href)
            case (nil, nil):
                entry.diagnostics.append(.error(.navigationWithoutTarget, at: entry.location))
            case (_?, _?):
                entry.diagnostics.append(.error(.navigationWithTwoTargets, at: entry.location))
            }
            entry.reportUnknownFields(.phrase("what.navigation-entry"))
            fields.diagnostics += entry.diagnostics
            if let label, let target { navigation.append(NavigationEntry(label: label, target: target)) }
        }
        fields.reportUnknownFields(.phrase("what.file", ["file": .value("site.yml")]))
        diagnostics += fields.diagnostics
        guard let title, let description, let baseURL else { return nil }
        return SiteConfig(title: title, description: description, baseURL: baseURL,
                          language: languages.contains(language) ? language : "nl",
                          copyright: copyright, contact: contact, navigation: navigation)
    }
}

func isAbsoluteHTTPURL(_ text: String) -> Bool {
    for scheme in ["http://", "https://"] where text.lowercased().hasPrefix(scheme) {
        let rest = text.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !host.isEmpty && !text.contains(where: { $0 == " " || $0 == "\n" })
    }
    return false
}
