import Yams

extension Mark {
    /// Yams gives `Mark` no public initialiser: only its libyaml events make marks. Its stored
    /// layout is two `Int`s, line then column; `SimpleYAMLReader` builds its marks from that
    /// layout, after `canBeMade` has checked, once, that the layout is still that. When it is
    /// not (a later Yams), the reader answers nothing and Yams reads every file.
    private struct Layout {
        let line: Int
        let column: Int
    }

    static let canBeMade: Bool = {
        guard MemoryLayout<Mark>.size == MemoryLayout<Layout>.size,
              MemoryLayout<Mark>.stride == MemoryLayout<Layout>.stride,
              MemoryLayout<Mark>.alignment == MemoryLayout<Layout>.alignment else { return false }
        let mark = unsafeBitCast(Layout(line: 3, column: 5), to: Mark.self)
        return mark.line == 3 && mark.column == 5
    }()

    /// A mark at a 1-based line and column (columns count Unicode scalars, as libyaml does).
    /// Only to be called when `canBeMade`.
    static func at(line: Int, column: Int) -> Mark {
        unsafeBitCast(Layout(line: line, column: column), to: Mark.self)
    }
}
