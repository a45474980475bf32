import ArgumentParser
import VitrineContent

extension DiagnosticLanguage: ExpressibleByArgument {}

/// `--lang nl|en`: the language of the diagnostics, shared by check, build, report and serve.
struct DiagnosticLanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: "The language of the messages (nl or en; default: site.yml's language, English without a readable site.yml).")
    var lang: DiagnosticLanguage?

    /// The language asked for, else the one site.yml in `content` names.
    func language(content: String) -> DiagnosticLanguage {
        lang ?? DiagnosticLanguage.ofSite(content: content)
    }
}
