struct LinkListView {
    var listLabel: String
    var links: [LinkView]
}
