import VitrineContent

extension ViewModelBuilder {
    /// The page at an item's old URL: it sends readers on and points search engines to the item.
    func redirectPage(to key: ItemKey, path: String) -> PageView? {
        guard let item = graph.item(key) else { return nil }
        let target = URLScheme.path(key)
        var page = page(title: item.title, description: item.summary ?? graph.site.description, path: path, noindex: true)
        page.meta.canonical = URLScheme.absolute(target, baseURL: graph.site.baseURL)
        page.redirect = RedirectView(url: target, title: item.title)
        return page
    }

    /// The page at a URL withdrawn on purpose.
    func gonePage(path: String) -> PageView {
        page(title: strings["gone_title"], description: strings["gone_title"], path: path, noindex: true)
    }

    /// What the web servers' configurations need: the redirects and where the files that never
    /// change under their name are.
    func deployment(_ map: RedirectMap) -> DeploymentView {
        DeploymentView(redirects: map.redirects.map { RedirectRule(from: $0.from, to: $0.to) },
                       gone: map.gone.map { GoneRule(path: $0, file: "/" + URLScheme.file(for: $0)) },
                       assets: "/assets/", search: "/\(URLScheme.searchBundle)/", deployment: "/\(URLScheme.deploymentFolder)/",
                       notFound: "/404.html")
    }
}
