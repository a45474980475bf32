import VitrineContent

/// What a front matter or settings field holds, as the loader reads it.
public indirect enum FieldShape: Sendable {
    /// Text (YAML also reads a bare number as text where the loader does, e.g. a report number).
    case text
    case textOrNumber
    case number
    case integer
    case bool
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    case date
    /// A page number or a range such as `"12-14"`.
    case page
    /// An absolute http(s) URL.
    case url
    /// One of fixed words (`micro`, `meso`, `macro`).
    case choice([String])
    /// The id of one of the site's publications.
    case publicationID
    /// A term id of one vocabulary of the site.
    case term(TaxonomyName)
    /// Any reference of the site: `card:x`, `theme:y` ...
    case reference
    /// An id for a new term (the rules of ids, not the site's own).
    case newID
    case list(FieldShape)
    case object([SchemaField])
    /// One of several shapes (a SWOT entry is a text or `{text, ref}`).
    case either([FieldShape])
    /// The shape, or `~` where the content format allows saying "not stated".
    case nullable(FieldShape)
}
