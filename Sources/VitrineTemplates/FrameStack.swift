/// The context stack of one render, in memory the renderer owns. Each frame's object,
/// list or scalar sits in its own typed buffer, so a lookup calls the object in place
/// (no copy of an existential per read); type tags sit in an array lookups walk.
struct FrameStack {
    enum Kind: UInt8 {
        case object, element, value
    }

    private var capacity: Int
    private(set) var count = 0
    /// The type tag of each frame (nil: dynamic or scalar).
    private(set) var types: [ObjectIdentifier?] = []
    private var kinds: [Kind] = []
    private var elementIndices: [Int] = []
    // Slot `i` of each buffer is initialized only when frame `i` is of that kind.
    private var objects: UnsafeMutablePointer<any TemplateObject>
    private var lists: UnsafeMutablePointer<any TemplateList>
    private var values: UnsafeMutablePointer<TemplateValue>

    init(capacity: Int = 32) {
        self.capacity = capacity
        objects = .allocate(capacity: capacity)
        lists = .allocate(capacity: capacity)
        values = .allocate(capacity: capacity)
        types.reserveCapacity(capacity)
        kinds.reserveCapacity(capacity)
        elementIndices.reserveCapacity(capacity)
    }

    mutating func push(_ frame: RenderFrame) {
        if count == capacity { grow() }
        switch frame {
        case .object(let object, let type):
            (objects + count).initialize(to: object)
            append(.object, type, 0)
        case .element(let list, let index, let type):
            (lists + count).initialize(to: list)
            append(.element, type, index)
        case .value(let value):
            (values + count).initialize(to: value)
            append(.value, nil, 0)
        }
    }

    private mutating func append(_ kind: Kind, _ type: ObjectIdentifier?, _ index: Int) {
        kinds.append(kind)
        types.append(type)
        elementIndices.append(index)
        count += 1
    }

    mutating func pop() {
        count -= 1
        release(count)
        kinds.removeLast()
        types.removeLast()
        elementIndices.removeLast()
    }

    private func release(_ position: Int) {
        switch kinds[position] {
        case .object: (objects + position).deinitialize(count: 1)
        case .element: (lists + position).deinitialize(count: 1)
        case .value: (values + position).deinitialize(count: 1)
        }
    }

    private mutating func grow() {
        let larger = capacity * 2
        let newObjects = UnsafeMutablePointer<any TemplateObject>.allocate(capacity: larger)
        let newLists = UnsafeMutablePointer<any TemplateList>.allocate(capacity: larger)
        let newValues = UnsafeMutablePointer<TemplateValue>.allocate(capacity: larger)
        for position in 0..<count {
            switch kinds[position] {
            case .object: (newObjects + position).moveInitialize(from: objects + position, count: 1)
            case .element: (newLists + position).moveInitialize(from: lists + position, count: 1)
            case .value: (newValues + position).moveInitialize(from: values + position, count: 1)
            }
        }
        objects.deallocate()
        lists.deallocate()
        values.deallocate()
        (objects, lists, values, capacity) = (newObjects, newLists, newValues, larger)
    }

    /// The nearest frame tagged `type`, from the top.
    /// Moves the top frame, an element frame, to element `index` of its list: a section
    /// over a list pushes one frame and steps it, instead of a push and a pop per element.
    mutating func moveTop(toElement index: Int) {
        elementIndices[count - 1] = index
    }

    func nearest(_ type: ObjectIdentifier) -> Int? {
        var position = count - 1
        while position >= 0 {
            if types[position] == type { return position }
            position -= 1
        }
        return nil
    }

    func field(_ index: Int, of position: Int) -> TemplateValue {
        switch kinds[position] {
        case .object: objects[position].templateValue(at: index)
        case .element: lists[position].field(index, ofElementAt: elementIndices[position])
        case .value: .missing
        }
    }

    func field(named name: String, of position: Int) -> TemplateValue {
        switch kinds[position] {
        case .object: objects[position].templateValue(named: name)
        case .element: lists[position].field(named: name, ofElementAt: elementIndices[position])
        case .value: .missing
        }
    }

    /// Field `inner` of the object in field `index` (`site.title`).
    func field(_ index: Int, then inner: Int, of position: Int) -> TemplateValue {
        switch kinds[position] {
        case .object:
            return objects[position].templateValue(at: index, then: inner)
        case .element:
            switch lists[position].field(index, ofElementAt: elementIndices[position]) {
            case .object(let object): return object.templateValue(at: inner)
            case .missing: return .missing
            default: return .null
            }
        case .value:
            return .missing
        }
    }

    /// The frame as a value, for `{{.}}`.
    func value(of position: Int) -> TemplateValue {
        switch kinds[position] {
        case .object: .object(objects[position])
        case .element: lists[position].element(at: elementIndices[position])
        case .value: values[position]
        }
    }

    /// Ends the render: releases the frames and the memory.
    mutating func free() {
        for position in 0..<count { release(position) }
        objects.deallocate()
        lists.deallocate()
        values.deallocate()
        count = 0
        capacity = 0
    }
}
