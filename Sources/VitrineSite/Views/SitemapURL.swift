import VitrineContent
import VitrineTemplates

struct SitemapURL { var loc: String; var lastmod: String? }
