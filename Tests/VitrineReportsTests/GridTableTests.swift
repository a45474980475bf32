import Testing
@testable import VitrineReports

@Suite struct GridTableTests {
    @Test func laysOutCellsToTheirWidths() {
        let table = GridTable(widths: [4, 12], header: ["", "**Kop**"],
                              rows: [["**A**", "- een twee drie vier\n- vijf"]])
        #expect(table.markdown == """
            +-------+--------------+
            |       | **Kop**      |
            +=======+==============+
            | **A** | - een twee   |
            |       |   drie vier  |
            |       | - vijf       |
            +-------+--------------+

            """)
    }

    @Test func widensAColumnToItsLongestWord() {
        let table = GridTable(widths: [3], header: nil, rows: [["kort onbreekbaarwoord"]])
        #expect(table.markdown == """
            +------------------+
            | kort             |
            | onbreekbaarwoord |
            +------------------+

            """)
    }
}
