import VitrineContent

/// The fields of every file of the content format (docs/content-format.md, docs/reports.md),
/// as the loader reads them (`ItemParser`, `FactsheetParser`, `ReportParser`, `SiteConfig`,
/// `Taxonomies`). The schema test validates the shipped content and the fixtures with them,
/// so a field the loader learns and this list misses fails there.
public enum ContentSchemas {
    public static func fields(of document: SchemaDocument) -> [SchemaField] {
        switch document {
        case .item(let type): itemFields(type)
        case .site: siteFields
        case .taxonomies: TaxonomyName.allCases.map { taxonomy in
            SchemaField(taxonomy.key, .list(.object(termFields(taxonomy))), required: true, description: "taxonomies.\(taxonomy.key)")
        }
        case .report: reportFields
        }
    }

    static func itemFields(_ type: ItemType) -> [SchemaField] {
        var fields = [SchemaField("title", .text, required: true)]
        switch type {
        case .publication:
            fields += [
                SchemaField("subtitle", .text),
                SchemaField("authors", .nullable(.list(.text)), required: true, description: "publication.authors"),
                SchemaField("publisher", .nullable(.text), required: true, description: "publication.publisher"),
                SchemaField("date", .date, required: true, description: "publication.date"),
                SchemaField("place", .text), SchemaField("commissioner", .text), SchemaField("number", .textOrNumber),
                SchemaField("url", .url), SchemaField("rights", .text),
                SchemaField("summary", .text, description: "publication.summary"),
            ] + termFields + [SchemaField("related", .list(.reference)), SchemaField("draft", .bool), SchemaField("aliases", .list(.text))]
        case .page:
            fields += [SchemaField("summary", .text, description: "page.summary"), SchemaField("menu", .bool),
                       SchemaField("weight", .integer), SchemaField("date", .date), SchemaField("draft", .bool), SchemaField("aliases", .list(.text))]
        case .card, .conclusion, .factsheet, .swot:
            fields += [
                SchemaField("summary", .text, required: true),
                SchemaField("publication", .publicationID, required: true),
                SchemaField("source", .object([SchemaField("section", .textOrNumber, description: "source.section"),
                                               SchemaField("page", .page, description: "source.page")])),
            ] + termFields + [SchemaField("related", .list(.reference)), SchemaField("date", .date), SchemaField("draft", .bool), SchemaField("aliases", .list(.text))]
            fields += knowledgeFields(type)
        }
        return fields
    }

    static var termFields: [SchemaField] { TaxonomyName.itemFields.map { SchemaField($0.key, .list(.term($0))) } }

    static func knowledgeFields(_ type: ItemType) -> [SchemaField] {
        switch type {
        case .card: return [SchemaField("kind", .term(.kind), required: true)]
        case .conclusion:
            return [SchemaField("number", .textOrNumber, description: "conclusion.number"),
                    SchemaField("level", .choice(ConclusionLevel.allCases.map(\.rawValue))),
                    SchemaField("evidence", .list(.reference)), SchemaField("recommendations", .list(.reference))]
        case .factsheet:
            let figure: [SchemaField] = [
                SchemaField("label", .text, required: true, description: "figure.label"),
                SchemaField("value", .number, required: true, description: "figure.value"),
                SchemaField("unit", .text), SchemaField("period", .text), SchemaField("area", .text),
                SchemaField("note", .text), SchemaField("page", .page, description: "source.page"),
            ]
            let table: [SchemaField] = [
                SchemaField("caption", .text, required: true),
                SchemaField("columns", .list(.textOrNumber), required: true),
                SchemaField("rows", .list(.list(.nullable(.textOrNumber))), required: true),
                SchemaField("unit", .text), SchemaField("note", .text), SchemaField("page", .page, description: "source.page"),
                SchemaField("chart", .choice(ChartType.allCases.map(\.rawValue))),
            ]
            return [SchemaField("subject", .text), SchemaField("asOf", .date), SchemaField("kind", .term(.kind), description: "factsheet.kind"),
                    SchemaField("figures", .list(.object(figure))), SchemaField("tables", .list(.object(table)))]
        case .swot:
            let entry = FieldShape.either([.text, .object([SchemaField("text", .text, required: true, description: "swot.text"),
                                                           SchemaField("ref", .reference, description: "swot.ref")])])
            return [SchemaField("subject", .text), SchemaField("derived", .bool)]
                + SWOT.Quadrant.allCases.map { SchemaField($0.rawValue, .list(entry)) }
        case .publication, .page: return []
        }
    }

    static var siteFields: [SchemaField] {
        let entry: [SchemaField] = [SchemaField("label", .text, required: true, description: "navigation.label"),
                                    SchemaField("ref", .reference, description: "navigation.ref"),
                                    SchemaField("href", .text, description: "navigation.href")]
        return [SchemaField("title", .text, required: true, description: "site.title"),
                SchemaField("description", .text, required: true, description: "site.description"),
                SchemaField("baseURL", .url, required: true),
                SchemaField("language", .choice(SiteConfig.languages)),
                SchemaField("copyright", .text),
                SchemaField("contact", .text),
                SchemaField("navigation", .list(.object(entry)))]
    }

    static func termFields(_ taxonomy: TaxonomyName) -> [SchemaField] {
        [SchemaField("id", .newID, required: true, description: "term.id"),
         SchemaField("label", .text, required: true, description: "term.label")]
            + (taxonomy == .kind ? [SchemaField("plural", .text, required: true, description: "term.plural")] : [])
            + [SchemaField("description", .text, description: "term.description")]
    }

    static var reportFields: [SchemaField] {
        [SchemaField("title", .text, required: true, description: "report.title"),
         SchemaField("subtitle", .text), SchemaField("authors", .nullable(.list(.text)), description: "report.authors"),
         SchemaField("date", .date, description: "report.date"), SchemaField("abstract", .text),
         SchemaField("publication", .publicationID, description: "report.publication"),
         SchemaField("sections", .list(.object(sectionFields(nested: true))), required: true)]
    }

    static func sectionFields(nested: Bool) -> [SchemaField] {
        let query: [SchemaField] = [
            SchemaField("type", .choice(ItemType.allCases.map(\.rawValue)), required: true, description: "query.type"),
            SchemaField("kind", .term(.kind), description: "query.kind"),
            SchemaField("publication", .publicationID, description: "query.publication"),
        ] + TaxonomyName.itemFields.map { SchemaField($0.key, .list(.term($0)), description: "query.\($0.key)") }
        var fields = [SchemaField("title", .text, required: true, description: "section.title"),
                      SchemaField("intro", .text, description: "section.intro"),
                      SchemaField("include", .list(.reference), description: "section.include"),
                      SchemaField("query", .object(query), description: "section.query"),
                      SchemaField("sort", .choice(ReportSort.allCases.map(\.rawValue)), description: "section.sort")]
        if nested { fields.append(SchemaField("sections", .list(.object(sectionFields(nested: false))), description: "section.sections")) }
        return fields
    }
}
