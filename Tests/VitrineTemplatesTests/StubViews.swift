import VitrineTemplates

// Small views for the typed-compile tests.

struct ChipStub: TemplateRecord {
    var label: String
    var url: String

    static let templateFields = TemplateFields<ChipStub> { $0.text("label", \.label); $0.text("url", \.url) }
}

struct SourceStub: TemplateRecord {
    var title: String
    var page: String?

    static let templateFields = TemplateFields<SourceStub> { $0.text("title", \.title); $0.text("page", \.page) }
}

struct TileStub: TemplateRecord {
    var title: String
    var summary: String?
    var source: SourceStub? = nil

    static let templateFields = TemplateFields<TileStub> {
        $0.text("title", \.title); $0.text("summary", \.summary); $0.object("source", \.source)
    }
}

struct PageStub: TemplateRecord {
    var title = "Titel"
    var summary: String? = "Pagina"
    var body = "<b>vet</b>"
    var draft = false
    var count = 3
    var chips: [ChipStub] = []
    var tiles: [TileStub] = []
    var source: SourceStub? = nil
    var tags: [String] = []

    static let templateFields = TemplateFields<PageStub> {
        $0.text("title", \.title); $0.text("summary", \.summary); $0.html("body", \.body); $0.bool("draft", \.draft)
        $0.number("count", \.count); $0.list("chips", \.chips); $0.list("tiles", \.tiles); $0.object("source", \.source)
        $0.list("tags", \.tags); $0.interfaceStrings("t")
    }
}

/// A report section holding sections: a recursive view.
struct SectionStub: TemplateRecord {
    var title: String
    var subsections: [SectionStub] = []

    static let templateFields = TemplateFields<SectionStub> { $0.text("title", \.title); $0.list("subsections", \.subsections) }
}

/// Declares a field twice: the compiler warns.
struct TwiceStub: TemplateRecord {
    var name: String

    static let templateFields = TemplateFields<TwiceStub> { $0.text("name", \.name); $0.text("name", { _ in "second" }) }
}
