import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import VitrineBuild
import VitrineContent

/// Answers only requests addressed to this machine by name (127.0.0.1, localhost, [::1]):
/// a page on another site that points its own domain name at 127.0.0.1 (DNS rebinding)
/// cannot read the preview or its diagnostics.
struct LoopbackHostMiddleware<Context: RequestContext>: RouterMiddleware {
    static var allowedHosts: Set<String> { ["127.0.0.1", "localhost", "[::1]"] }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let authority = request.head.authority, Self.allowedHosts.contains(Self.host(of: authority)) else {
            return Response(status: .forbidden)
        }
        return try await next(request, context)
    }

    /// The host part of `host:port`, keeping an IPv6 literal's brackets.
    static func host(of authority: String) -> String {
        if authority.hasPrefix("["), let end = authority.firstIndex(of: "]") { return String(authority[...end]).lowercased() }
        return String(authority.split(separator: ":", maxSplits: 1).first ?? "").lowercased()
    }
}
