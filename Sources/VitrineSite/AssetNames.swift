import Foundation

/// The published URLs of the assets pages link to.
public struct AssetNames: Equatable, Sendable {
    public var stylesheet: String
    public var script: String
    public var favicon: String

    public static let none = AssetNames(stylesheet: "", script: "", favicon: "")
}
