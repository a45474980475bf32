/// A file a static host reads beside the pages: an nginx server configuration to include, and
/// the `_headers` / `_redirects` pair of hosts that read those. Rendered from `Templates/deploy/`.
public enum DeploymentFile: String, Sendable, Hashable, CaseIterable {
    case nginx, headers, redirects

    /// Where it is written, relative to the output folder. The nginx configuration is in a folder
    /// the configuration itself keeps from being served.
    public var output: String {
        switch self {
        case .nginx: "\(URLScheme.deploymentFolder)/nginx.conf"
        case .headers: "_headers"
        case .redirects: "_redirects"
        }
    }

    public var template: String { "deploy/\(rawValue)" }
}
