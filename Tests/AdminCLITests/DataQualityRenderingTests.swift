import AdminProtocol
import Domain
import Foundation
import ReadModelTypes
import Testing

@testable import AdminCLI

/// What the CLI says of the data-quality answers: the owner warning, a council's meetings with their
/// ids, and the trace of a proposal withdrawn before it became an issue.
@Suite struct DataQualityRenderingTests {
    @Test func settingAnOwnerNoIssueHasPrintsTheWarning() {
        let reply = ContactChangeReply(
            kind: "owner", id: "Rektor", name: "Rektor", warning: "Inget ärende har ”Rektor” som ansvarig.")
        #expect(
            MailRendering.contactSet(reply)
                == "Adressen för Rektor är sparad.\nObs: Inget ärende har ”Rektor” som ansvarig.")
        #expect(
            MailRendering.contactSet(ContactChangeReply(kind: "owner", id: "Rektor", name: "Rektor"))
                == "Adressen för Rektor är sparad.")
    }

    @Test func councilShowListsTheMeetingsWithTheirIds() throws {
        let meeting = MeetingID(UUID(uuidString: "1a2b3c4d-0000-4000-8000-000000000001")!)
        let council = CouncilSummary(
            id: CouncilID(UUID(uuidString: "8d7e6f5a-0000-4000-8000-000000000001")!),
            unitId: UnitID(UUID()), unitName: "Vuxenstöd Lund", name: "Dialogmöten vuxenstöd Lund",
            form: .dialogueMeeting,
            meetings: [MeetingSummary(id: meeting, heldOn: CalendarDate("2026-03-04")!, participantCount: 9)],
            proposals: 3)
        let text = CatalogRendering.council(CouncilsReply(councils: [council]))
        #expect(text.contains("Möten:"))
        #expect(text.contains("1a2b3c4d  2026-03-04"))
    }

    @Test func theTraceOfAProposalWithdrawnBeforeItBecameAnIssueTellsIt() {
        let source = SourceReference(
            kind: "proposal", id: "0d1e2f3a-0000-4000-8000-000000000001", text: "Kaffe", origin: "Förslag från rådet",
            date: CalendarDate("2026-02-12"), withdrawnOn: CalendarDate("2026-03-01"), withdrawnBy: "samordnare Lund",
            withdrawnReason: "Ett tydligare förslag kom.")
        let text = TraceRendering.render(
            TraceReply(
                trace: Trace(source: source, issuePath: [], history: [], answer: "Rådet drog tillbaka förslaget.")))
        #expect(text.contains("Inget ärende öppnades för det: rådet drog tillbaka förslaget 2026-03-01."))
        #expect(!text.contains("Ingen historik än"))
        #expect(!text.contains("Ingen har tagit ställning"))
    }
}
