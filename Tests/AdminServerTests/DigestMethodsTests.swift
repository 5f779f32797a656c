import AdminProtocol
import AppTestSupport
import Demo
import Domain
import EventStore
import Foundation
import Projections
import ReadModelTypes
import Testing
import Varlink

@testable import AdminServer

/// `PreviewDigest`, `SendDigests`, `ListDigests` and `CouncilAgenda` over the socket: the demo's
/// digests as they would go out, and every bad call refused with a clear error and nothing written.
@Suite struct DigestMethodsTests {
    static func lastMonth(_ admin: AdminHarness) -> CalendarMonth {
        CalendarMonth(containing: admin.app.organisationClock.today).previous
    }

    @Test func thePreviewOfLundsDigestSendsNothingAndTheAgendaPutsTheOwedFeedbackFirst() async throws {
        try await AdminHarness.with { admin in
            let _: LoadDemoReply = try await admin.call(.loadDemo)
            let events = try await admin.app.store.eventCount()
            let reply: PreviewDigestReply = try await admin.call(
                .previewDigest,
                PreviewDigestParameters(
                    councilId: String(DemoScenario.lundCouncil.description.prefix(8)), month: Self.lastMonth(admin)))
            #expect(reply.digest.recipientKind == .council && reply.digest.hasAddress)
            #expect(reply.digest.text.contains("Tid att lyssna") && reply.digest.html.contains("Tid att lyssna"))
            #expect(reply.digest.reports == 2 && reply.digest.lix <= 40)
            let management: PreviewDigestReply = try await admin.call(
                .previewDigest,
                PreviewDigestParameters(unitId: DemoScenario.lundUnit.description, month: Self.lastMonth(admin)))
            #expect(management.digest.subject.hasPrefix("Månadsbrev till ledningen: Vuxenstöd Lund"))
            #expect(try await admin.app.store.eventCount() == events)

            let agenda: CouncilAgendaReply = try await admin.call(
                .councilAgenda, CouncilAgendaParameters(councilId: DemoScenario.lundCouncil.description))
            let owed = try #require(agenda.text.range(of: ". Besked som rådet väntar på"))
            let tid = try #require(agenda.text.range(of: "Tid att lyssna"))
            #expect(owed.upperBound < tid.lowerBound)
            // The council's copy has no commands; the coordinator's has those that record the feedback.
            #expect(!agenda.text.contains("tredjekraft "))
            let copy: CouncilAgendaReply = try await admin.call(
                .councilAgenda,
                CouncilAgendaParameters(councilId: DemoScenario.lundCouncil.description, coordinatorCopy: true))
            #expect(copy.text.contains("tredjekraft issue feedback "))
            let listed: ListDigestsReply = try await admin.call(.listDigests, ListDigestsParameters())
            #expect(listed.digests.isEmpty)

            // Status names the councils whose digests would be printed for want of an address.
            var status: StatusReply = try await admin.call(.status)
            #expect(status.schedule?.councilsWithoutAddress == [])
            _ = try await admin.call(
                .removeContact, ContactKeyParameters(kind: "council", id: DemoScenario.lundCouncil.description),
                as: ContactChangeReply.self)
            status = try await admin.call(.status)
            #expect(status.schedule?.councilsWithoutAddress == ["Dialogmöten vuxenstöd Lund"])
        }
    }

    @Test func badCallsAreRefusedClearlyAndWriteNothing() async throws {
        try await AdminHarness.with { admin in
            let _: LoadDemoReply = try await admin.call(.loadDemo)
            let events = try await admin.app.store.eventCount()
            let month = Self.lastMonth(admin).description
            let current = CalendarMonth(containing: admin.app.organisationClock.today).description
            let lund = DemoScenario.lundCouncil.description
            let invalid = "org.varlink.service.InvalidParameter"
            // Neither or both recipients; a month that is not one; NUL in an id.
            #expect(try await admin.error(.previewDigest, ["month": .string(month)])?.name == invalid)
            #expect(
                try await admin.error(
                    .previewDigest,
                    ["month": .string(month), "councilId": .string(lund), "unitId": .string(lund)])?.name == invalid)
            for bad in ["2026-13", "26-11", "2026-1", "0000-01", "", "2026-11\u{0}"] {
                #expect(
                    try await admin.error(.previewDigest, ["month": .string(bad), "councilId": .string(lund)])?.name
                        == invalid, "\(bad)")
            }
            #expect(
                try await admin.error(.previewDigest, ["month": .string(month), "councilId": .string("lund\u{0}")])?
                    .name != nil)
            // Unknown council: NotFound; a month that has not ended: a rule, said in Swedish.
            let unknown = try #require(
                await admin.error(
                    .sendDigests, ["month": .string(month), "councilId": .string(UUID().uuidString)]))
            #expect(unknown.name == "io.tredjekraft.admin.NotFound")
            let early = try #require(await admin.error(.sendDigests, ["month": .string(current)]))
            #expect(early.name == "io.tredjekraft.admin.RuleViolation")
            #expect(early.parameters["reason"]?.stringValue?.contains("inte slut än") == true)
            let future = try #require(
                await admin.error(.previewDigest, ["month": .string("9999-12"), "councilId": .string(lund)]))
            #expect(future.name == "io.tredjekraft.admin.RuleViolation")
            let agenda = try #require(
                await admin.error(.councilAgenda, ["councilId": .string(lund), "date": .string("2026-02-30")]))
            #expect(agenda.name == invalid)
            // The ends of the calendar answer, without trapping.
            for day in ["0001-01-01", "9999-12-31"] {
                let edge: CouncilAgendaReply = try await admin.call(
                    .councilAgenda, CouncilAgendaParameters(councilId: lund, date: CalendarDate(day)!))
                #expect(edge.text.contains("Dagordning"))
            }
            let oldest: PreviewDigestReply = try await admin.call(
                .previewDigest, PreviewDigestParameters(councilId: lund, month: CalendarMonth("0001-01")!))
            #expect(oldest.digest.month == CalendarMonth("0001-01")!)
            #expect(try await admin.app.store.eventCount() == events)
        }
    }

    @Test func sendingTwiceSendsOnceAndTheListTellsIt() async throws {
        try await AdminHarness.with { admin in
            let _: LoadDemoReply = try await admin.call(.loadDemo)
            let month = Self.lastMonth(admin)
            let sent: SendDigestsReply = try await admin.call(
                .sendDigests, SendDigestsParameters(month: month, councilId: DemoScenario.lundCouncil.description))
            #expect(sent.mailed == 1 && sent.printed == 0)
            let again: SendDigestsReply = try await admin.call(
                .sendDigests, SendDigestsParameters(month: month, councilId: DemoScenario.lundCouncil.description))
            #expect(again.mailed == 0 && again.printed == 0)
            let listed: ListDigestsReply = try await admin.call(.listDigests, ListDigestsParameters(month: month))
            #expect(listed.digests.count == 1)
            let digest = try #require(listed.digests.first)
            #expect(
                digest.recipientName == "Dialogmöten vuxenstöd Lund" && digest.reported == 2 && digest.cleared == nil)
        }
    }
}
