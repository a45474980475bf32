import VitrineContent

/// Runs linked code against a value, appending bytes. No name hashing for static frames,
/// no casts, no reflection: a lookup walks the frame types to the nearest frame of the
/// type the compiler chose and reads a field by index. Operations and texts are read
/// through buffer pointers, so a step retains nothing.
struct TemplateRenderer {
    /// Partials nest at most this deep (a partial including itself without a section
    /// that ends would otherwise recurse until the stack overflows).
    static let maximumDepth = 100

    private let code: LinkedCode
    private let operations: UnsafeBufferPointer<Operation>
    private let text: UnsafeBufferPointer<UInt8>
    private var frames = FrameStack()
    /// The current indentation is `indentation[indentationStart...]`.
    private var indentation: [UInt8] = []
    private var indentationStart = 0
    private var depth = 0
    /// Objects read from frames for dotted names (`site.title`), boxed once per frame:
    /// later reads of the same object then copy nothing. Dropped with their frame.
    /// Kept as (frame, field) keys and objects apart: the search reads plain integers and
    /// the found object is called in place.
    private var boxedKeys: [(frame: Int, field: Int)] = []
    private var boxedObjects: [any TemplateObject] = []

    static func render(_ code: LinkedCode, program: Int, root: RenderFrame,
                       into output: inout [UInt8]) throws(TemplateRenderError) {
        do {
            try code.operations.withUnsafeBufferPointer { operations in
                try code.text.withUnsafeBufferPointer { text in
                    var renderer = TemplateRenderer(code: code, operations: operations, text: text, root: root)
                    defer { renderer.frames.free() }
                    try renderer.run(code.programs[program], into: &output)
                }
            }
        } catch let error as TemplateRenderError {
            throw error
        } catch {
            throw TemplateRenderError([])
        }
    }

    private init(code: LinkedCode, operations: UnsafeBufferPointer<Operation>, text: UnsafeBufferPointer<UInt8>,
                 root: RenderFrame) {
        self.code = code
        self.operations = operations
        self.text = text
        push(root)
    }

    private mutating func run(_ range: Range<Int>, into output: inout [UInt8]) throws(TemplateRenderError) {
        var index = range.lowerBound
        while index < range.upperBound {
            switch operations[index] {
            case .text(let start, let count):
                output.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<(start + count)]))
                index += 1
            case .lineStart:
                if indentationStart < indentation.count { output.append(contentsOf: indentation[indentationStart...]) }
                index += 1
            case .print(let reference, let escapesHTML):
                write(value(reference), escapesHTML: escapesHTML, into: &output)
                index += 1
            case .section(let reference, let type, let end):
                try section(value(reference), type: type, body: (index + 1)..<end, into: &output)
                index = end
            case .inverted(let reference, let end):
                if !value(reference).isTruthy { try run((index + 1)..<end, into: &output) }
                index = end
            case .call(let program, let extra, let site):
                try call(program, indentation: extra, site: site, into: &output)
                index += 1
            case .indented(let extra, let end):
                let saved = indentation.count
                indentation += code.indentations[extra]
                defer { indentation.removeLast(indentation.count - saved) }
                try run((index + 1)..<end, into: &output)
                index = end
            }
        }
    }

    private mutating func call(_ program: Int, indentation extra: Int, site: Int,
                               into output: inout [UInt8]) throws(TemplateRenderError) {
        guard depth < Self.maximumDepth else {
            throw TemplateRenderError([.error(.partialsTooDeep, ["depth": .value(String(Self.maximumDepth))],
                                              at: code.sites[site])])
        }
        let savedStart = indentationStart, savedCount = indentation.count
        // A standalone partial adds its line's indentation; one inside a line is not indented.
        if extra >= 0 { indentation += code.indentations[extra] } else { indentationStart = indentation.count }
        depth += 1
        defer {
            depth -= 1
            indentation.removeLast(indentation.count - savedCount)
            indentationStart = savedStart
        }
        try run(code.programs[program], into: &output)
    }

    private mutating func section(_ value: TemplateValue, type: ObjectIdentifier?, body: Range<Int>,
                                  into output: inout [UInt8]) throws(TemplateRenderError) {
        switch value {
        case .list(let list):
            let count = list.count
            guard count > 0 else { return }
            push(.element(list, 0, type: type))
            defer { pop() }
            var element = 0
            while element < count {
                frames.moveTop(toElement: element)
                dropBoxedObjects(from: frames.count - 1)
                try run(body, into: &output)
                element += 1
            }
        case .object(let object):
            push(.object(object, type: type))
            defer { pop() }
            try run(body, into: &output)
        default:
            guard value.isTruthy else { return }
            push(.value(value))
            defer { pop() }
            try run(body, into: &output)
        }
    }

    private mutating func push(_ frame: RenderFrame) {
        frames.push(frame)
    }

    private mutating func pop() {
        frames.pop()
        dropBoxedObjects(from: frames.count)
    }

    /// Forgets the objects boxed from frame `position` and above (popped, or moved on to
    /// the next list element).
    private mutating func dropBoxedObjects(from position: Int) {
        while let last = boxedKeys.last, last.frame >= position {
            boxedKeys.removeLast()
            boxedObjects.removeLast()
        }
    }

    /// Field `inner` of the object in field `index` of frame `frame`, boxing that object once.
    private mutating func nestedField(_ frame: Int, _ index: Int, _ inner: Int) -> TemplateValue {
        var position = boxedKeys.count - 1
        while position >= 0 {
            if boxedKeys[position] == (frame, index) {
                return boxedObjects.withUnsafeBufferPointer { $0[position].templateValue(at: inner) }
            }
            position -= 1
        }
        switch frames.field(index, of: frame) {
        case .object(let object):
            boxedKeys.append((frame, index))
            boxedObjects.append(object)
            return object.templateValue(at: inner)
        case .missing: return .missing
        default: return .null
        }
    }

    // MARK: values

    private mutating func value(_ reference: ValueReference) -> TemplateValue {
        switch reference {
        case .field(let type, let index):
            guard let frame = nearest(type) else { return .missing }
            return frames.field(index, of: frame)
        case .nestedField(let type, let index, let inner):
            guard let frame = nearest(type) else { return .missing }
            return nestedField(frame, index, inner)
        case .access(let index):
            return value(code.accesses[index])
        }
    }

    private func nearest(_ type: ObjectIdentifier) -> Int? {
        frames.nearest(type)
    }

    private func value(_ access: ValueAccess) -> TemplateValue {
        var value: TemplateValue
        switch access.head {
        case .top:
            value = frames.count > 0 ? frames.value(of: frames.count - 1) : .missing
        case .field(let type, let index, let dynamicName):
            value = lookup(type, index, dynamicName: dynamicName)
        case .nestedField(let type, let index, let inner):
            value = nearest(type).map { frames.field(index, then: inner, of: $0) } ?? .missing
        case .named(let name):
            value = lookup(named: name)
        case .constant(let text):
            value = .text(text)
        }
        for step in access.steps {
            switch (step, value) {
            case (.field(let index), .object(let object)): value = object.templateValue(at: index)
            case (.named(let name), .object(let object)): value = object.templateValue(named: name)
            default: value = .missing
            }
        }
        return access.testsEmptiness ? .bool(value.isEmptyForTransform) : value
    }

    /// The nearest frame of `type`; dynamic frames above it first when they may hold the name.
    private func lookup(_ type: ObjectIdentifier, _ index: Int, dynamicName: String?) -> TemplateValue {
        var position = frames.count - 1
        while position >= 0 {
            let frameType = frames.types[position]
            if frameType == type { return frames.field(index, of: position) }
            if frameType == nil, let dynamicName {
                let found = frames.field(named: dynamicName, of: position)
                if !found.isMissing { return found }
            }
            position -= 1
        }
        return .missing
    }

    private func lookup(named name: String) -> TemplateValue {
        var position = frames.count - 1
        while position >= 0 {
            if frames.types[position] == nil {
                let found = frames.field(named: name, of: position)
                if !found.isMissing { return found }
            }
            position -= 1
        }
        return .missing
    }

    private func write(_ value: TemplateValue, escapesHTML: Bool, into output: inout [UInt8]) {
        switch value {
        case .text(let text), .html(let text):
            if escapesHTML { HTMLEscaper.append(text, to: &output) } else { Self.append(text, to: &output) }
        case .int(let number):
            Self.append(String(number), to: &output)
        case .double(let number):
            Self.append(String(number), to: &output)
        case .bool(let flag):
            Self.append(flag ? "true" : "false", to: &output)
        case .missing, .null, .list, .object:
            break
        }
    }

    private static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }
}
