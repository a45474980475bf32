/// Every kind of problem a diagnostic reports: stable names for tools (`vitrine check --format json`),
/// and the keys of the messages in `Diagnostics/<language>.yml`. A new code needs a message in
/// every catalog (the tests check it).
public enum DiagnosticCode: String, CaseIterable, Sendable {
    // Loading: the content folder does not exist.
    case missingContentFolder = "missing-content-folder"
    case emptyContentFolder = "empty-content-folder"
    // site.yml or taxonomies.yml is missing.
    case missingFile = "missing-file"
    case unknownEntry = "unknown-entry"
    case notARegularFile = "not-a-regular-file"
    case ignoredFile = "ignored-file"
    // Reading a file: the system cannot read it.
    case unreadableFile = "unreadable-file"
    case notUTF8 = "not-utf8"
    case nulCharacter = "nul-character"
    // A body read again while rendering.
    case unreadableBody = "unreadable-body"
    case changedBody = "changed-body"
    // Front matter and YAML.
    case missingFrontMatter = "missing-front-matter"
    case unclosedFrontMatter = "unclosed-front-matter"
    case invalidYAML = "invalid-yaml"
    case notAMapping = "not-a-mapping"
    case fieldNameNotText = "field-name-not-text"
    case duplicateField = "duplicate-field"
    // Ids.
    case invalidID = "invalid-id"
    case invalidTermID = "invalid-term-id"
    // Fields.
    case missingField = "missing-field"
    case emptyField = "empty-field"
    case unknownField = "unknown-field"
    case wrongType = "wrong-type"
    case entryNotText = "entry-not-text"
    case notANumber = "not-a-number"
    case decimalPoint = "decimal-point"
    case invalidDate = "invalid-date"
    case backwardPageRange = "backward-page-range"
    case notAWebAddress = "not-a-web-address"
    case unsupportedLanguage = "unsupported-language"
    // Items.
    case longSummary = "long-summary"
    case draft = "draft"
    case unknownLevel = "unknown-level"
    case emptySWOT = "empty-swot"
    // Factsheets.
    case emptyFactsheet = "empty-factsheet"
    case rowNotAList = "row-not-a-list"
    case rowLength = "row-length"
    case emptyTable = "empty-table"
    case unknownChart = "unknown-chart"
    case chartWithoutNumbers = "chart-without-numbers"
    case cellNotScalar = "cell-not-scalar"
    case cellDecimalPoint = "cell-decimal-point"
    // Report definitions.
    case unknownSort = "unknown-sort"
    case nestedSections = "nested-sections"
    case includeAndQuery = "include-and-query"
    case unknownItemType = "unknown-item-type"
    // site.yml's navigation.
    case navigationWithoutTarget = "navigation-without-target"
    case navigationWithTwoTargets = "navigation-with-two-targets"
    // References.
    case invalidReference = "invalid-reference"
    case unknownReferenceType = "unknown-reference-type"
    case unknownItem = "unknown-item"
    case unknownTerm = "unknown-term"
    case linkToDraft = "link-to-draft"
    // The graph.
    case duplicateID = "duplicate-id"
    case duplicateTerm = "duplicate-term"
    case orphan = "orphan"
    // The site (VitrineSite) and the build (VitrineBuild).
    case reservedPageID = "reserved-page-id"
    case noPDF = "no-pdf"
    // Words no catalog has: another tool's, or a module not in the catalogs yet.
    case untranslated = "untranslated"
}
