import VitrineContent
import VitrineTemplates

/// A publication's reference as RIS (`text/ris`, `/publicaties/<id>/<id>.ris`), type RPRT.
/// A RIS value is one line: line breaks in the content become spaces.
struct RISView {
    var id: String
    var title: String
    var subtitle: String?
    var authors: [String]
    var year: String?
    /// RIS's `DA`: `YYYY/MM/DD/`, with the parts the content does not give left empty.
    var date: String?
    var publisher: String?
    var place: String?
    var number: String?
    /// The report itself when the content links it, else its page on the site.
    var url: String

    init(id: String, info: PublicationInfo, title: String, date: ContentDate?, url: String) {
        func line(_ text: String?) -> String? {
            text.map { String($0.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) }) }
        }
        self.id = id
        self.title = line(title) ?? ""
        subtitle = line(info.subtitle)
        authors = info.authors.compactMap(line)
        year = date.map { String($0.year) }
        self.date = date.map { date in
            let parts = date.description.split(separator: "-").map(String.init)
            return (parts + Array(repeating: "", count: 3 - parts.count)).joined(separator: "/") + "/"
        }
        publisher = line(info.publisher)
        place = line(info.place)
        number = line(info.number)
        self.url = line(info.url) ?? url
    }
}

extension RISView: TemplateRecord {
    static let templateFields = TemplateFields<RISView> {
        $0.text("id") { $0.id }
        $0.text("title") { $0.title }
        $0.text("subtitle") { $0.subtitle }
        $0.list("authors") { $0.authors }
        $0.text("year") { $0.year }
        $0.text("date") { $0.date }
        $0.text("publisher") { $0.publisher }
        $0.text("place") { $0.place }
        $0.text("number") { $0.number }
        $0.text("url") { $0.url }
    }
}
