import Foundation

/// The requests of `pagefind --service`, as the JSON it expects. Written by hand rather than
/// through `JSONEncoder`: keys come out sorted by construction (two builds send the same
/// bytes), and a record is encoded on the renderer's thread at the cost of one pass over it.
enum PagefindRequest {
    case newIndex(forceLanguage: String?, includeCharacters: String?, keepIndexURL: Bool)
    case addRecord(SearchRecord, indexID: Int)
    /// The bundle's files in the answer, for Vitrine to write through its own output sink.
    case getFiles(indexID: Int)

    /// The payload object, without the message envelope (which needs the message id).
    var payload: [UInt8] {
        var json = JSONBytes()
        switch self {
        case .newIndex(let forceLanguage, let includeCharacters, let keepIndexURL):
            json.object {
                $0.key("config")
                $0.object {
                    if let forceLanguage { $0.key("force_language"); $0.string(forceLanguage) }
                    if let includeCharacters { $0.key("include_characters"); $0.string(includeCharacters) }
                    if keepIndexURL { $0.key("keep_index_url"); $0.raw("true") }
                }
                $0.key("type"); $0.string("NewIndex")
            }
        case .addRecord(let record, let indexID):
            json.object {
                $0.key("content"); $0.string(record.content)
                $0.key("filters")
                $0.object {
                    for name in record.filters.keys.sorted() {
                        $0.key(name)
                        $0.array(record.filters[name] ?? [])
                    }
                }
                $0.key("index_id"); $0.raw(String(indexID))
                $0.key("language"); $0.string(record.language)
                $0.key("meta"); $0.dictionary(record.meta)
                if let sort = record.sort { $0.key("sort"); $0.dictionary(sort) }
                $0.key("type"); $0.string("AddRecord")
                $0.key("url"); $0.string(record.url)
            }
        case .getFiles(let indexID):
            json.object {
                $0.key("index_id"); $0.raw(String(indexID))
                $0.key("type"); $0.string("GetFiles")
            }
        }
        return json.bytes
    }

    /// One message on the wire: base64 of `{"message_id":…,"payload":…}`, then the comma
    /// Pagefind reads up to.
    static func frame(messageID: UInt32, payload: [UInt8]) -> [UInt8] {
        var envelope = Array("{\"message_id\":\(messageID),\"payload\":".utf8)
        envelope.reserveCapacity(envelope.count + payload.count + 1)
        envelope.append(contentsOf: payload)
        envelope.append(UInt8(ascii: "}"))
        var frame = [UInt8](Data(envelope).base64EncodedData())
        frame.append(UInt8(ascii: ","))
        return frame
    }
}
