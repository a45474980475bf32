import CCmark
import Foundation

/// A parsed CommonMark document, owning its libcmark tree.
///
/// Not thread-safe: parse one per task. Parsing is cheap, so callers parse again rather
/// than share a tree.
public final class MarkdownDocument {
    private let root: OpaquePointer
    private let source: String
    /// Where each line starts in `source`'s UTF-8 (byte offsets), made when a position is first
    /// asked for. Found with `memchr` over the contiguous bytes: walking `String.UTF8View`
    /// indices byte by byte was 3.5 % of a `vitrine check`.
    private lazy var lineStarts: [Int] = {
        var text = source
        return text.withUTF8 { bytes in
            var starts = [0]
            guard let base = bytes.baseAddress else { return starts }
            var offset = 0
            while offset < bytes.count, let newline = memchr(base + offset, 0x0A, bytes.count - offset) {
                offset = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
            return starts
        }
    }()

    /// Parses `source` as CommonMark. libcmark accepts any input, so this cannot fail.
    public init(_ source: String) {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
        root = cmark_parse_document(source, source.utf8.count, options)
        self.source = source
    }

    deinit { cmark_node_free(root) }

    // MARK: Reading

    /// Every link and image, in document order.
    public func links() -> [MarkdownLink] {
        var result: [MarkdownLink] = []
        walk { node in
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { return }
            var link = Self.link(of: node)
            link.position = position(ofDestination: link.destination, in: node)
            result.append(link)
        }
        return result
    }

    /// Every heading, in document order.
    public func headings() -> [MarkdownHeading] {
        var result: [MarkdownHeading] = []
        walk { node in
            guard cmark_node_get_type(node) == CMARK_NODE_HEADING else { return }
            result.append(MarkdownHeading(
                level: Int(cmark_node_get_heading_level(node)),
                text: Self.plainText(of: node),
                position: MarkdownPosition(
                    line: Int(cmark_node_get_start_line(node)),
                    column: Int(cmark_node_get_start_column(node)))
            ))
        }
        return result
    }

    // MARK: Rewriting

    /// Rewrites link destinations (and optionally their text) in place.
    /// `transform` returns nil to leave a link as it is.
    public func rewriteLinks(_ transform: (MarkdownLink) -> LinkRewrite?) {
        var targets: [(OpaquePointer, LinkRewrite)] = []
        walk { node in
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { return }
            if let rewrite = transform(Self.link(of: node)) { targets.append((node, rewrite)) }
        }
        // Mutate after the walk: changing children while iterating would confuse the iterator.
        for (node, rewrite) in targets {
            cmark_node_set_url(node, rewrite.destination)
            if let text = rewrite.text {
                while let child = cmark_node_first_child(node) {
                    cmark_node_unlink(child)
                    cmark_node_free(child)
                }
                if let textNode = cmark_node_new(CMARK_NODE_TEXT) {
                    cmark_node_set_literal(textNode, text)
                    cmark_node_append_child(node, textNode)
                }
            }
        }
    }

    /// Moves every heading down by `levels` (capped at 6), so a body lands under a section.
    public func shiftHeadings(by levels: Int) {
        walk { node in
            guard cmark_node_get_type(node) == CMARK_NODE_HEADING else { return }
            let level = Int(cmark_node_get_heading_level(node)) + levels
            cmark_node_set_heading_level(node, Int32(min(6, max(1, level))))
        }
    }

    // MARK: Rendering

    /// HTML; raw HTML in the source is replaced by a comment unless `allowRawHTML`.
    public func renderHTML(allowRawHTML: Bool = false) -> String {
        var options = CMARK_OPT_DEFAULT
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        return take(cmark_render_html(root, options))
    }

    /// The words a reader sees, block by block (one line each), for the search index.
    public func plainText() -> String {
        var text = ""
        guard let iterator = cmark_iter_new(root) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER {
                if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK {
                    text += string(cmark_node_get_literal(node))
                } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                    text += " "
                }
            } else if event == CMARK_EVENT_EXIT, type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING,
                      !text.isEmpty, !text.hasSuffix("\n") {
                text += "\n"
            }
        }
        return text
    }

    /// CommonMark again, from the tree (so rewritten links and shifted headings show).
    public func renderCommonMark() -> String {
        take(cmark_render_commonmark(root, CMARK_OPT_DEFAULT | CMARK_OPT_UNSAFE, 0))
    }

    // MARK: Helpers

    private func walk(_ visit: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { visit(node) }
        }
    }

    /// A link or image node as a value; its position is filled in by `links()`.
    private static func link(of node: OpaquePointer) -> MarkdownLink {
        let isLink = cmark_node_get_type(node) == CMARK_NODE_LINK
        let destination = string(cmark_node_get_url(node))
        let text = plainText(of: node)
        return MarkdownLink(
            kind: isLink ? .link : .image, destination: destination, text: text,
            isAutolink: isLink && (text == destination || "mailto:" + text == destination),
            position: MarkdownPosition(line: 0, column: 0))
    }

    /// The text of a node's descendants, as a reader would see it.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                text += string(cmark_node_get_literal(child))
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }

    /// libcmark 0.30 keeps positions for blocks only; find the destination's text from the
    /// enclosing block's first line on. Not from an inline's own position: an autolink has
    /// one, but on a paragraph's later lines it names the first line and a column counted from
    /// the paragraph's start (found by fuzzing: line 21, column 1603 of a 93-column line).
    private func position(ofDestination destination: String, in node: OpaquePointer) -> MarkdownPosition {
        var block: OpaquePointer? = node
        while let current = block, cmark_node_get_start_line(current) == 0
                || cmark_node_get_type(current).rawValue > CMARK_NODE_LAST_BLOCK.rawValue {
            block = cmark_node_parent(current)
        }
        let startLine = block.map { Int(cmark_node_get_start_line($0)) } ?? 1
        let startColumn = block.map { Int(cmark_node_get_start_column($0)) } ?? 1
        let lineCount = lineStarts.count
        let endLine = block.map { Int(cmark_node_get_end_line($0)) } ?? lineCount
        if !destination.isEmpty, startLine >= 1, startLine <= lineCount {
            let needle = Array(destination.utf8)
            for lineNumber in startLine...max(startLine, min(endLine, lineCount)) {
                if let column = column(of: needle, inLine: lineNumber) {
                    return MarkdownPosition(line: lineNumber, column: column)
                }
            }
        }
        return MarkdownPosition(line: max(1, startLine), column: max(1, startColumn))
    }

    /// The 1-based column (in Unicode scalars) where `needle` first occurs on a line, by
    /// comparing UTF-8 bytes.
    private func column(of needle: [UInt8], inLine number: Int) -> Int? {
        let starts = lineStarts
        var text = source
        return text.withUTF8 { bytes -> Int? in
            let start = starts[number - 1]
            let end = number < starts.count ? starts[number] - 1 : bytes.count
            guard let first = needle.first, end - start >= needle.count else { return nil }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            var index = 0
            while index + needle.count <= line.count {
                guard let found = line[index...].firstIndex(of: first) else { return nil }
                guard found + needle.count <= line.count else { return nil }
                if line[found..<(found + needle.count)].elementsEqual(needle) {
                    // Scalars before the match: every byte that does not continue a sequence.
                    return line[..<found].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                }
                index = found + 1
            }
            return nil
        }
    }
}

private func string(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
}

/// Takes ownership of a string libcmark allocated.
private func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    defer { free(pointer) }
    return String(cString: pointer)
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
