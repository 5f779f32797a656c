import Testing

@testable import Tabular

@Suite struct ActionPlanSheetTests {
    @Test func swedishHeadersAsPeopleWriteThemWithSemicolons() throws {
        let text = """
            \u{FEFF}Externt id;Kvalitetsområde;Åtgärd;Ansvarig;Följs upp av;Klart senast\r
            A1;Bemötande;Utbilda all personal i bemötande;Enhetschef;Ledningsgruppen;2027-03-31\r
            \r
            A2;information;"Ny broschyr; lättläst";Samordnare;Brukarrådet;2027-06-30\r

            """
        let sheet = try ActionPlanSheet.read(Array(text.utf8))
        #expect(sheet.encoding == .utf8 && sheet.separator == ";" && sheet.problems.isEmpty)
        #expect(
            sheet.rows == [
                .init(
                    line: 2, externalId: "A1", area: "Bemötande", action: "Utbilda all personal i bemötande",
                    owner: "Enhetschef", followedUpBy: "Ledningsgruppen", dueDate: "2027-03-31"),
                .init(
                    line: 4, externalId: "A2", area: "information", action: "Ny broschyr; lättläst",
                    owner: "Samordnare", followedUpBy: "Brukarrådet", dueDate: "2027-06-30"),
            ])
    }

    @Test func englishHeadersInAnotherOrderWithCommas() throws {
        let text =
            "due_date,owner,action,quality_area,external_id,follow_up_by\n2027-01-01,Chef,Gör det,bemotande,X,Råd\n"
        let sheet = try ActionPlanSheet.read(Array(text.utf8))
        #expect(sheet.separator == ",")
        #expect(sheet.rows.first?.externalId == "X" && sheet.rows.first?.dueDate == "2027-01-01")
    }

    @Test func windows1252IsDecoded() throws {
        let text =
            "externt_id;kvalitetsomrade;atgard;ansvarig;foljs_upp_av;klart_senast\r\nB;Bemötande;Åtgärd – “ny”;Chef;Råd;2027-01-01\r\n"
        let sheet = try ActionPlanSheet.read(try #require(TextFileDecoding.windows1252(text)))
        #expect(sheet.encoding == .windows1252)
        #expect(sheet.rows.first?.action == "Åtgärd – “ny”" && sheet.rows.first?.area == "Bemötande")
    }

    @Test func whatCannotBeReadIsNamed() throws {
        #expect(throws: ActionPlanSheet.Failure.self) { try ActionPlanSheet.read([]) }
        let missing = #expect(throws: ActionPlanSheet.Failure.self) {
            try ActionPlanSheet.read(Array("externt_id;atgard\nA;B\n".utf8))
        }
        #expect(missing?.reason.contains("kvalitetsomrade") == true)
        let undefined = #expect(throws: ActionPlanSheet.Failure.self) { try ActionPlanSheet.read([0x41, 0x81]) }
        #expect(undefined?.reason.contains("UTF-8") == true)
        let sheet = try ActionPlanSheet.read(
            Array(
                "externt_id;kvalitetsomrade;atgard;ansvarig;foljs_upp_av;klart_senast\nA;b;c;d;e;f\nA;b;c;d;e;f\nC;b\n"
                    .utf8))
        #expect(sheet.rows.count == 1)
        #expect(sheet.problems.map(\.line) == [3, 4])
        #expect(sheet.problems[0].reason.contains("rad 2"))
    }
}
