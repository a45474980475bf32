/// The context stack of one render, in memory the renderer owns: frames are read in place
/// (a lookup borrows the frame instead of copying its existential), and their type tags
/// sit in a separate array that lookups walk.
struct FrameStack {
    private var storage: UnsafeMutablePointer<RenderFrame>
    private var capacity: Int
    private(set) var count = 0
    /// The type tag of each frame (nil: dynamic or scalar).
    private(set) var types: [ObjectIdentifier?] = []

    init(capacity: Int = 32) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
        types.reserveCapacity(capacity)
    }

    mutating func push(_ frame: RenderFrame) {
        if count == capacity {
            let larger = UnsafeMutablePointer<RenderFrame>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: storage, count: count)
            storage.deallocate()
            storage = larger
            capacity *= 2
        }
        types.append(frame.type)
        (storage + count).initialize(to: frame)
        count += 1
    }

    mutating func pop() {
        count -= 1
        types.removeLast()
        (storage + count).deinitialize(count: 1)
    }

    subscript(position: Int) -> RenderFrame {
        unsafeAddress { UnsafePointer(storage + position) }
    }

    /// The nearest frame tagged `type`, from the top.
    func nearest(_ type: ObjectIdentifier) -> Int? {
        var position = count - 1
        while position >= 0 {
            if types[position] == type { return position }
            position -= 1
        }
        return nil
    }

    /// Ends the render: releases the frames and the memory.
    mutating func free() {
        storage.deinitialize(count: count)
        storage.deallocate()
        count = 0
        capacity = 0
    }
}
