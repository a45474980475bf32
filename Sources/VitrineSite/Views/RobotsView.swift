import VitrineContent
import VitrineTemplates

struct RobotsView { var sitemap: String }
