import VitrineContent
import VitrineTemplates

// Plain values handed to the templates. Field names are the template's vocabulary: a
// template that asks for a name not found here is reported by `vitrine check`.

/// What every page has: the site, its navigation, the interface strings and the page's meta data.
struct PageView {
    var site: SiteView
    var meta: MetaView
    var home: HomeView? = nil
    var item: ItemView? = nil
    var list: ListView? = nil
    var term: TermView? = nil
    var terms: TermsView? = nil
    var search: SearchView? = nil
    var reports: ReportsView? = nil
    var redirect: RedirectView? = nil
    var accessibility: AccessibilityView? = nil
    /// What went wrong building the view (an item's body that could not be read): the page fails.
    var problems: [Diagnostic] = []
}

extension PageView: TemplateRecord {
    static let templateFields = TemplateFields<PageView> {
        $0.interfaceStrings("t")
        $0.object("site") { $0.site }
        $0.object("meta") { $0.meta }
        $0.object("home") { $0.home }
        $0.object("item") { $0.item }
        $0.object("list") { $0.list }
        $0.object("term") { $0.term }
        $0.object("terms") { $0.terms }
        $0.object("search") { $0.search }
        $0.object("reports") { $0.reports }
        $0.object("redirect") { $0.redirect }
        $0.object("accessibility") { $0.accessibility }
    }
}
