import ArgumentParser

@main
struct Vitrine: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vitrine",
        abstract: "Builds the knowledge platform's site and reports from Content/.",
        subcommands: [Check.self, Build.self, Report.self, Serve.self]
    )
}
