import VitrineContent
import VitrineTemplates

/// A publication's reference as a BibTeX `@techreport` (`text/bibtex`,
/// `/publicaties/<id>/<id>.bib`). Every field holds BibTeX-escaped text (see `escaped`), so
/// the template prints it as is; the key is the publication's id (a-z, 0-9 and hyphens).
struct BibTeXView {
    var key: String
    var title: String
    var subtitle: String?
    /// The authors joined with ` and `, as BibTeX lists names.
    var author: String?
    /// The publisher (BibTeX's `institution` of a report).
    var institution: String?
    var address: String?
    var year: String?
    /// BibTeX's month macro (`jun`), when the content gives the month.
    var month: String?
    var number: String?
    /// The report itself when the content links it, else its page on the site (see `escapedURL`).
    var url: String

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    init(id: String, info: PublicationInfo, title: String, date: ContentDate?, url: String) {
        key = id
        self.title = Self.escaped(title)
        subtitle = info.subtitle.map(Self.escaped)
        author = info.authors.isEmpty ? nil : info.authors.map(Self.escaped).joined(separator: " and ")
        institution = info.publisher.map(Self.escaped)
        address = info.place.map(Self.escaped)
        year = date.map { String($0.year) }
        month = date.flatMap { $0.precision >= .month && Self.months.indices.contains($0.month - 1) ? Self.months[$0.month - 1] : nil }
        number = info.number.map(Self.escaped)
        self.url = Self.escapedURL(info.url ?? url)
    }

    /// Text as BibTeX (and LaTeX) read it literally: `\` becomes `\textbackslash{}`, each of
    /// `{ } % & $ # _` gets a backslash before it, `~` and `^` become `\textasciitilde{}` and
    /// `\textasciicircum{}`, and a line break a space. The braces in the result are balanced,
    /// so no value can close its field or open one that does not end.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\textbackslash{}"
            case "{", "}", "%", "&", "$", "#", "_": result += "\\" + String(scalar)
            case "~": result += "\\textasciitilde{}"
            case "^": result += "\\textasciicircum{}"
            case "\n", "\r": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A URL as `url` fields take it (verbatim): only the characters that would break the
    /// field (braces, backslash, spaces, line breaks) are percent-encoded.
    static func escapedURL(_ url: String) -> String {
        var result = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case "{": result += "%7B"
            case "}": result += "%7D"
            case "\\": result += "%5C"
            case " ": result += "%20"
            case "\n", "\r": break
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension BibTeXView: TemplateRecord {
    static let templateFields = TemplateFields<BibTeXView> {
        $0.text("key") { $0.key }
        $0.text("title") { $0.title }
        $0.text("subtitle") { $0.subtitle }
        $0.text("author") { $0.author }
        $0.text("institution") { $0.institution }
        $0.text("address") { $0.address }
        $0.text("year") { $0.year }
        $0.text("month") { $0.month }
        $0.text("number") { $0.number }
        $0.text("url") { $0.url }
    }
}
