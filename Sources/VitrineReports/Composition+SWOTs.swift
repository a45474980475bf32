import Foundation
import VitrineContent
import VitrineMarkdown
import VitrineTemplates

/// A SWOT as a grid table.
extension Composition {
    mutating func swotView(_ swot: SWOT, title: String) -> SWOTView {
        tableCount += 1
        func cell(_ quadrant: SWOT.Quadrant) -> String {
            let entries = swot.entries(quadrant).map { entry in
                SWOTEntryView(entryText: PandocText.inline(entry.text), entryLink: entry.ref.flatMap(link))
            }
            let view = QuadrantCellView(quadrantLabel: strings["swot_\(quadrant.rawValue)"], entries: entries,
                                        empty: entries.isEmpty)
            return renderPart(view, template: ReportTemplates.swotCell)
        }
        let grid = GridTable(
            widths: [10, 34, 34],
            header: ["", "**\(PandocText.inline(strings["swot_helpful"]))**", "**\(PandocText.inline(strings["swot_harmful"]))**"],
            rows: [
                ["**\(PandocText.inline(strings["swot_internal"]))**", cell(.strengths), cell(.weaknesses)],
                ["**\(PandocText.inline(strings["swot_external"]))**", cell(.opportunities), cell(.threats)],
            ])
        return SWOTView(swotSubject: swot.subject.map(PandocText.inline),
                        derivedNote: PandocText.inline(swot.derived ? strings["swot_derived"] : strings["swot_fromReport"]),
                        swotLabel: "\(strings["report_table"]) \(tableCount)",
                        swotCaption: PandocText.inline("\(strings["report_swot"]): \(swot.subject ?? title)"),
                        grid: grid.markdown.trimmingCharacters(in: .newlines))
    }
}
