import VitrineTemplates

struct MetaView {
    /// The page's own title (the site's title on the home page); the template adds the page
    /// number and the site's title.
    var title: String
    var home: Bool
    var description: String
    var canonical: String
    var path: String
    var ogType: String
    var jsonLD: String?
    var draft: Bool
    /// Set on the pages of a list that has more than one.
    var page: PageNumberView? = nil
}
