import VitrineContent

/// Runs compiled code against a value, writing bytes. No name hashing for static frames,
/// no casts, no reflection: a lookup walks the stack to the nearest frame of the type the
/// compiler chose and reads a field by index.
struct TemplateRenderer {
    /// Partials nest at most this deep (a partial including itself without a section
    /// that ends would otherwise recurse until the stack overflows).
    static let maximumDepth = 100

    private let programs: [[Instruction]]
    private var frames: [RenderFrame] = []
    private var indentation: [UInt8] = []
    private var depth = 0

    init(programs: [[Instruction]], root: RenderFrame) {
        self.programs = programs
        frames.reserveCapacity(16)
        frames.append(root)
    }

    mutating func run(_ program: Int, into output: inout [UInt8]) throws(TemplateRenderError) {
        try run(programs[program], into: &output)
    }

    private mutating func run(_ code: [Instruction], into output: inout [UInt8]) throws(TemplateRenderError) {
        for instruction in code {
            switch instruction {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .lineStart:
                if !indentation.isEmpty { output.append(contentsOf: indentation) }
            case .print(let access, let escapesHTML):
                write(value(access), escapesHTML: escapesHTML, into: &output)
            case .section(let access, let type, let body):
                try section(value(access), type: type, body: body, into: &output)
            case .inverted(let access, let body):
                if !value(access).isTruthy { try run(body, into: &output) }
            case .call(let program, let extra, let site):
                guard depth < Self.maximumDepth else {
                    throw TemplateRenderError([.error(
                        "partials nest more than \(Self.maximumDepth) deep here: does a partial include itself without a section that ends?",
                        at: site)])
                }
                let saved = indentation
                // A partial inside a line is not indented; a standalone one adds its line's indentation.
                if let extra { indentation += extra } else { indentation = [] }
                depth += 1
                defer {
                    depth -= 1
                    indentation = saved
                }
                try run(programs[program], into: &output)
            case .indented(let extra, let body):
                let saved = indentation
                indentation += extra
                defer { indentation = saved }
                try run(body, into: &output)
            }
        }
    }

    private mutating func section(_ value: TemplateValue, type: ObjectIdentifier?, body: [Instruction],
                                  into output: inout [UInt8]) throws(TemplateRenderError) {
        switch value {
        case .list(let list):
            let count = list.count
            var index = 0
            while index < count {
                frames.append(.element(list, index, type: type))
                defer { frames.removeLast() }
                try run(body, into: &output)
                index += 1
            }
        case .object(let object):
            frames.append(.object(object, type: type))
            defer { frames.removeLast() }
            try run(body, into: &output)
        default:
            guard value.isTruthy else { return }
            frames.append(.value(value))
            defer { frames.removeLast() }
            try run(body, into: &output)
        }
    }

    private func value(_ access: ValueAccess) -> TemplateValue {
        var value: TemplateValue
        switch access.head {
        case .top:
            value = frames.last?.value ?? .missing
        case .field(let type, let index, let dynamicName):
            value = lookup(type, index, dynamicName: dynamicName)
        case .nestedField(let type, let index, let inner):
            value = .missing
            for frame in frames.reversed() where frame.type == type {
                value = frame.field(index, then: inner)
                break
            }
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
            let frameType = frames[position].type
            if frameType == type { return frames[position].field(index) }
            if frameType == nil, let dynamicName {
                let found = frames[position].field(named: dynamicName)
                if !found.isMissing { return found }
            }
            position -= 1
        }
        return .missing
    }

    private func lookup(named name: String) -> TemplateValue {
        var position = frames.count - 1
        while position >= 0 {
            if frames[position].type == nil {
                let found = frames[position].field(named: name)
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
