import Foundation

/// One message from `pagefind --service`: base64 JSON `{"message_id": n, "payload": {"type": …}}`.
/// Only the fields this client reads; all optional, because Pagefind's answer to a request it
/// could not parse carries no message id, and each type has its own fields.
struct PagefindResponse: Decodable, Sendable {
    /// One file of a `GetFiles` answer: its path inside the bundle and its bytes in base64.
    struct File: Decodable, Sendable {
        var path: String
        var content: String
    }

    struct Payload: Decodable, Sendable {
        var type: String
        var indexID: Int?
        var pageWordCount: Int?
        var files: [File]?
        var message: String?
        var originalMessage: String?

        enum CodingKeys: String, CodingKey {
            case type, message, files
            case indexID = "index_id"
            case pageWordCount = "page_word_count"
            case originalMessage = "original_message"
        }
    }

    var messageID: UInt32?
    var payload: Payload

    enum CodingKeys: String, CodingKey {
        case messageID = "message_id"
        case payload
    }

    /// Decodes one frame (the bytes before a comma); nil when it is not a response.
    init?(frame: [UInt8]) {
        guard let json = Data(base64Encoded: Data(frame)),
              let response = try? JSONDecoder().decode(PagefindResponse.self, from: json) else { return nil }
        self = response
    }
}
