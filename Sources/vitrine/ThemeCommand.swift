import ArgumentParser

/// `vitrine theme ...`: the built-in theme.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Works with the built-in theme (the templates, strings and styles inside vitrine).",
        subcommands: [ThemeExportCommand.self])
}
