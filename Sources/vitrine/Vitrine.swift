import ArgumentParser

@main
struct Vitrine: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vitrine",
        abstract: "Builds a static site and printable reports from Content/ (with a built-in theme; `vitrine init DIR` starts a new site).",
        subcommands: [Init.self, Check.self, Build.self, Report.self, Serve.self, ThemeCommand.self, Schema.self]
    )
}
