import Foundation
import VitrineTemplates

/// The assets a build publishes, and the names pages link them by.
public struct PublishedAssets: Equatable, Sendable {
    public var files: [OutputFile]
    public var names: AssetNames

    public init(files: [OutputFile], names: AssetNames) {
        self.files = files
        self.names = names
    }

    public static func == (a: PublishedAssets, b: PublishedAssets) -> Bool {
        a.names == b.names && a.files == b.files
    }
}
