import VitrineTemplates

// Plain values handed to the templates. Field names are the template's vocabulary: a
// template that asks for a name not found here is reported by `vitrine check`.

/// What every page has: the site, its navigation, the interface strings and the page's meta data.
struct PageView {
    var site: SiteView
    var t: [String: String]
    var meta: MetaView
    var home: HomeView? = nil
    var item: ItemView? = nil
    var list: ListView? = nil
    var term: TermView? = nil
    var terms: TermsView? = nil
    var search: SearchView? = nil
}
