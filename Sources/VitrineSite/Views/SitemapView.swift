import VitrineContent
import VitrineTemplates

struct SitemapView { var urls: [SitemapURL] }
