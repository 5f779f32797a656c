import Testing

@testable import AdminCLI

@Suite struct TableTests {
    @Test func alignsColumnsByCharacterCountWithSwedishLetters() {
        let table = Table(
            [.init("Id"), .init("Ärende"), .init("Status")],
            rows: [
                ["3f2a91c0", "Bemötande i entrén", "Under beredning"],
                ["7b1c2d3e", "Öppettider", "Genomförs"],
            ])
        #expect(
            table.render() == """
                Id        Ärende              Status
                ────────  ──────────────────  ───────────────
                3f2a91c0  Bemötande i entrén  Under beredning
                7b1c2d3e  Öppettider          Genomförs
                """)
    }

    @Test func decomposedLettersCountAsOneCharacter() {
        // "a" + combining ring above is one Character, as "å" is.
        let decomposed = "Va\u{030A}rd"
        let rendered = Table([.init("Namn"), .init("X")], rows: [[decomposed, "1"], ["Vård", "2"]]).render()
        let rows = lines(rendered)
        #expect(column(of: "1", in: rows[2]) == column(of: "2", in: rows[3]))
    }

    @Test func rightAlignsNumbersAndLeavesNoTrailingSpaces() {
        let rendered = Table(
            [.init("Verksamhet"), .init("Öppna", alignment: .right), .init("Anteckning")],
            rows: [["Iris Mullsjö HVB", "12", ""], ["Lund", "3", "ny"]]
        ).render()
        #expect(
            rendered == """
                Verksamhet        Öppna  Anteckning
                ────────────────  ─────  ──────────
                Iris Mullsjö HVB     12
                Lund                  3  ny
                """)
        #expect(lines(rendered).allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test func cutsLongCellsAndFlattensNewlines() {
        #expect(Table.cell("Fler aktiviteter på helgerna", maxWidth: 10) == "Fler akti…")
        #expect(Table.cell("rad ett\nrad två", maxWidth: nil) == "rad ett rad två")
        #expect(Table.cell("kort", maxWidth: 10) == "kort")
    }

    @Test func headerOnlyWhenThereAreNoRows() {
        #expect(Table([.init("Id"), .init("Råd")], rows: []).render() == "Id  Råd\n──  ───")
    }

    @Test func fieldsAlignValuesAndIndentLaterLines() {
        var fields = Fields()
        fields.add("Id", "3f2a91c0-1111-4222-8333-444455556666")
        fields.add("Återkoppling", "väntar\nsedan 2026-03-01")
        fields.add("Saknas", nil)
        #expect(
            fields.render() == """
                Id:            3f2a91c0-1111-4222-8333-444455556666
                Återkoppling:  väntar
                               sedan 2026-03-01
                """)
    }
}
