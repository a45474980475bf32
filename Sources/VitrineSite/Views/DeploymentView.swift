import VitrineTemplates

/// What the web server configurations know of the site: its redirects and withdrawn URLs, and
/// the folders whose files never change under their name.
struct DeploymentView {
    var redirects: [RedirectRule]
    var gone: [GoneRule]
    /// The assets' folder, whose file names carry a fingerprint (`/assets/`).
    var assets: String
    /// Pagefind's bundle, whose files change under the same name on every build (`/pagefind/`).
    var search: String
    /// The folder holding the server configuration itself (`/_deploy/`).
    var deployment: String
    var notFound: String
}

extension DeploymentView: TemplateRecord {
    static let templateFields = TemplateFields<DeploymentView> {
        $0.list("redirects") { $0.redirects }
        $0.list("gone") { $0.gone }
        $0.text("assets") { $0.assets }
        $0.text("search") { $0.search }
        $0.text("deployment") { $0.deployment }
        $0.text("notFound") { $0.notFound }
    }
}
