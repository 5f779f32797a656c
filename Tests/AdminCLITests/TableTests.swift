import AdminProtocol
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

/// Tables fit the terminal (`COLUMNS`, the tty's width), as `systemctl` does; `--full` shows all.
@Suite struct TableFittingTests {
    static let table = Table(
        [.init("Id"), .init("Ärende"), .init("Status"), .init("Antal", alignment: .right)],
        rows: [
            ["3f2a91c0", "Fler aktiviteter på helgerna och kvällarna för alla som bor på boendet", "Genomförs", "12"]
        ])

    @Test func aWideTableIsNarrowedToTheTerminalWidestColumnFirst() {
        let rendered = Self.table.render(TableLayout(width: 50))
        #expect(lines(rendered).allSatisfy { $0.count <= 50 }, "\(rendered)")
        #expect(rendered.contains("3f2a91c0"))
        #expect(rendered.contains("Genomförs"))
        #expect(rendered.contains("…"))
    }

    @Test func withoutATerminalOrWithFullNothingIsCut() {
        let whole = "Fler aktiviteter på helgerna och kvällarna för alla som bor på boendet"
        #expect(Self.table.render(TableLayout(width: nil)).contains(whole))
        #expect(Self.table.render(TableLayout(width: 40, full: true)).contains(whole))
        let capped = Table([.init("Text", maxWidth: 10)], rows: [[whole]])
        #expect(capped.render(TableLayout(width: nil)).contains("Fler akti…"))
        #expect(capped.render(TableLayout(width: nil, full: true)).contains(whole))
    }

    @Test func aWrappingColumnKeepsEveryWordOnMoreLines() {
        let text = "Ärendet beslutades med bifall av Socialnämnden och motiveringen skickades till rådet"
        let history = Table(
            [.init("Datum"), .init("Vad hände", overflow: .wrap), .init("Av")],
            rows: [["2026-03-04", text, "åsa"]])
        let rendered = history.render(TableLayout(width: 40))
        #expect(lines(rendered).allSatisfy { $0.count <= 40 }, "\(rendered)")
        #expect(lines(rendered).count > 3)
        let words = rendered.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        for word in text.split(separator: " ") { #expect(words.contains(String(word)), "\(word)") }
    }

    @Test func wrappingBreaksBetweenWordsAndSplitsOnlyTooLongOnes() {
        #expect(Table.wrapped("ett två tre", width: 7) == ["ett två", "tre"])
        #expect(Table.wrapped("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(Table.wrapped("kort", width: 10) == ["kort"])
    }

    @Test func theWidthComesFromCOLUMNSThenTheTerminalElseNoLimit() {
        #expect(TerminalWidth.detect(environment: ["COLUMNS": "80"], terminal: { 120 }) == 80)
        #expect(TerminalWidth.detect(environment: [:], terminal: { 120 }) == 120)
        #expect(TerminalWidth.detect(environment: [:], terminal: { nil }) == nil)
        #expect(TerminalWidth.detect(environment: ["COLUMNS": "bred"], terminal: { nil }) == nil)
    }

    @Test func theIssueListFitsEightyColumns() throws {
        let reply = try decode(IssuesReply.self, Fixtures.issues)
        let narrow = TableLayout.$current.withValue(TableLayout(width: 80)) { IssueRendering.list(reply) }
        #expect(lines(narrow).allSatisfy { $0.count <= 80 }, "\(narrow)")
        let full = TableLayout.$current.withValue(TableLayout(width: 80, full: true)) { IssueRendering.list(reply) }
        #expect(lines(full).contains { $0.count > 80 } || full == narrow)
    }
}
