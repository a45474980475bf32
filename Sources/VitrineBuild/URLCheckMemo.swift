import VitrineContent

/// What a session remembers of the published-URL list between runs, so a save in the preview
/// does not parse the list and check every URL again (two thirds of a body save's rebuild on
/// 10,000 cards): the list as last parsed, and the last run's check.
struct URLCheckMemo {
    /// The list's text, what it parsed to, and the problems parsing it gave.
    var parsed: (text: String, list: PublishedURLList, problems: [Diagnostic])?
    /// The list's text (nil: no list) when the last check found nothing at all. It holds for a
    /// run with the same jobs and aliases, which `RunPlan.reused` tells. A check with warnings
    /// is not kept: their positions may have moved with an edit that kept the aliases.
    var passed: Passed?

    struct Passed {
        var text: String?
    }
}
