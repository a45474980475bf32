import VitrineTemplates

struct SiteView {
    var title: String
    var description: String
    var language: String
    var copyright: String?
    var baseURL: String
    var navigation: [LinkView]
    var stylesheet: String
    var script: String
    var favicon: String
}
