/// Text shown as a link: inside the report it points at the anchor, outside it names the site URL.
struct LinkView {
    var text: String
    var anchor: String?
    var url: String?
}
