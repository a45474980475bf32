import VitrineTemplates

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
    var isEmpty: Bool
}

extension SectionView: TemplateRecord {
    static let templateFields = TemplateFields<SectionView> {
        $0.text("sectionHashes") { $0.sectionHashes }
        $0.text("sectionTitle") { $0.sectionTitle }
        $0.text("sectionAnchor") { $0.sectionAnchor }
        $0.list("sectionIntro") { $0.sectionIntro }
        $0.list("items") { $0.items }
        $0.list("subsections") { $0.subsections }
        $0.bool("isEmpty") { $0.isEmpty }
    }
}
