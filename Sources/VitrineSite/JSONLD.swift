import Foundation
import VitrineContent

/// schema.org metadata for publications, as a JSON string (JSON, not HTML: the template
/// inserts it into a script element; `<` is escaped so it cannot close that element).
enum JSONLD {
    static func publication(_ item: Item, _ info: PublicationInfo, url: String) -> String {
        var object: [String: Any] = ["@context": "https://schema.org", "@type": "Report", "name": item.title, "url": url]
        if let date = item.date { object["datePublished"] = date.description }
        if !info.authors.isEmpty { object["author"] = info.authors.map { ["@type": "Person", "name": $0] } }
        if let publisher = info.publisher { object["publisher"] = ["@type": "Organization", "name": publisher] }
        if let number = info.number { object["identifier"] = number }
        if let source = info.url { object["sameAs"] = source }
        if let summary = item.summary { object["abstract"] = summary }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }
}
