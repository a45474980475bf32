struct SectionView {
    /// `#` for a chapter, `##` for a section inside one.
    var sectionHashes: String
    var sectionTitle: String
    var sectionAnchor: String
    /// Markdown blocks; an array (empty or one) so a nested section without intro does not
    /// show its parent's.
    var sectionIntro: [String]
    var items: [ItemView]
    var subsections: [SectionView]
    /// A LaTeX page break before this chapter (not before the first).
    var pageBreak: Bool
    var isEmpty: Bool
}
