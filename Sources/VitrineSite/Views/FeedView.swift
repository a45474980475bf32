import VitrineContent
import VitrineTemplates

struct FeedView {
    var title: String; var id: String; var selfURL: String; var siteURL: String; var updated: String
    var entries: [FeedEntry]
}
