import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import VitrineBuild
import VitrineContent

/// Closes the event streams when the server is asked to stop.
struct ShutdownService: Service {
    let events: EventHub

    func run() async throws {
        try? await gracefulShutdown()
        await events.finishAll()
    }
}
