import AdminProtocol
import ArgumentParser
import Domain
import Foundation
import ReadModelTypes
import Testing

@testable import AdminCLI

/// `tredjekraft digest …` and `council agenda`: their options, checked before anything is asked, and
/// how the answers read.
@Suite struct DigestCommandTests {
    @Test func thePreviewNeedsOneRecipientAndAMonth() throws {
        let council = try #require(
            try Tredjekraft.parseAsRoot(["digest", "preview", "--council", "8d7e6f5a", "--month", "2026-11"])
                as? DigestCommand.Preview)
        #expect(council.month == CalendarMonth("2026-11") && council.council == "8d7e6f5a")
        for bad in [
            ["digest", "preview", "--month", "2026-11"],
            ["digest", "preview", "--council", "a", "--management", "b", "--month", "2026-11"],
            ["digest", "preview", "--council", "a", "--month", "november"],
            ["digest", "preview", "--council", "a", "--month", "2026-13"],
            ["digest", "send"],
        ] {
            #expect(throws: (any Error).self, "\(bad)") { try Tredjekraft.parseAsRoot(bad) }
        }
        let agenda = try #require(
            try Tredjekraft.parseAsRoot(["council", "agenda", "8d7e6f5a", "--date", "2026-12-10", "--html"])
                as? AdminCLI.CouncilCommand.Agenda)
        #expect(agenda.html && agenda.date == CalendarDate("2026-12-10"))
    }

    @Test func whatWasSentReadsInSwedish() {
        #expect(
            DigestRendering.sent(SendDigestsReply(month: CalendarMonth("2026-11")!, mailed: 3, printed: 1))
                == "Månadsbrev för november 2026: 3 brev lades i utkorgen och ett brev skrevs ut som fil (rådet saknar adress)."
        )
        #expect(
            DigestRendering.sent(SendDigestsReply(month: CalendarMonth("2026-11")!, mailed: 0, printed: 0))
                == "Inga nya månadsbrev för november 2026: de som skulle skickas har redan skickats.")
        let list = DigestRendering.list([
            DigestRecord(
                digestId: DigestID(recipient: .council(CouncilID(UUIDs.one)), month: CalendarMonth("2026-11")!),
                month: CalendarMonth("2026-11")!, recipientKind: .council, recipientId: UUIDs.one.uuidString,
                recipientName: "Dialogmöten vuxenstöd Lund", sentOn: CalendarDate("2026-12-03")!,
                lateSince: CalendarDate("2026-12-01"), mailId: nil, printedAs: "letters/2026-11/x.html",
                deliveredOn: nil, items: 7, reported: 2, cleared: nil)
        ])
        #expect(list.contains("2026-12-03 (sent)") && list.contains("utskrift") && list.contains("0 av 2"))
    }
}

private enum UUIDs {
    static let one = Foundation.UUID(uuidString: "00000000-0000-0000-0000-000000000001")!
}
