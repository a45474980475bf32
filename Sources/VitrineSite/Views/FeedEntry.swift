import VitrineContent
import VitrineTemplates

struct FeedEntry { var title: String; var url: String; var updated: String; var summary: String; var typeLabel: String }
