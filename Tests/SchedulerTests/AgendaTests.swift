import AppTestSupport
import Demo
import Digests
import Domain
import EventStore
import Foundation
import Letters
import Logging
import Projections
import ReadModelTypes
import Testing

@testable import Scheduler

/// The agenda over the demo, through the real store and read models: a digest delivered to a
/// council's mailbox gives the feedback in writing, and the agenda of the next meeting still brings
/// it to the meeting, where the council hears it.
@Suite(.timeLimit(.minutes(3))) struct AgendaTests {
    static let meeting = CalendarDate("2026-12-10")!

    func agenda(_ h: SchedulerHarness) async throws -> CouncilAgenda {
        let facts = try #require(
            try await h.app.readModel.councilDigestFacts(councilId: DemoScenario.lundCouncil).first)
        let given = try await h.app.readModel.givenFeedback(councilId: DemoScenario.lundCouncil)
        return CouncilAgenda.make(facts, given: given, meetingOn: Self.meeting)
    }

    @Test func theAgendaForLundsNextMeetingIsAnAgenda() async throws {
        try await SchedulerHarness.with { h in
            let agenda = try await agenda(h)
            #expect(agenda.owed.first.map { $0.proposal.text.hasPrefix("Tid att lyssna") } == true)
            #expect(
                agenda.fromLastMeeting.contains { $0.proposal.id == DemoScenario.lundProposalChefernaMed }
                    || agenda.newProposals.contains { $0.id == DemoScenario.lundProposalChefernaMed })
            let text = AgendaWording.letter(agenda).text
            let points = [
                "1. Mötets öppnande", "2. Besked sedan förra mötet", "3. Besked som rådet väntar på",
                "4. Fungerar det som ni menade?", "5. Ska vara klart före nästa möte", "6. Förslag från förra mötet",
            ]
            var last = text.startIndex
            for point in points {
                let range = try #require(text.range(of: point), "\(point) saknas:\n\(text)")
                #expect(range.lowerBound > last)
                last = range.lowerBound
            }
            for point in ["Nya förslag", "Övrigt", "Nästa möte"] { #expect(text.contains(". \(point)\n")) }
            // The council's copy has no command and no id; the coordinator's has the commands.
            #expect(!text.contains("tredjekraft "))
            let copy = AgendaWording.letter(agenda, copy: .coordinator).text
            #expect(copy.contains("--occasion decision --channel meeting --date 2026-12-10"))
            // Delaktighet, carried out, is asked about until the council has given its kvittens.
            #expect(agenda.kvittens.map { $0.proposal.text.hasPrefix("Delaktighet") } == [true])
            #expect(copy.contains("--holds --channel meeting --date 2026-12-10"))
        }
    }

    @Test func aDigestDeliveredToTheCouncilsMailboxIsReadAloudAtTheNextMeeting() async throws {
        try await SchedulerHarness.with { h in
            try await h.setContacts()
            h.app.clock.set("2026-12-01")
            let november = CalendarMonth("2026-11")!
            let metadata = EventMetadata(actor: "scheduler", client: "tests")
            _ = try #require(
                try await h.digestRun().execute(
                    month: november, trigger: .scheduled, lateSince: nil, metadata: metadata))
            try await h.settle()
            let tid = try #require(
                try await h.app.readModel.trace(DemoScenario.lundProposalTidAttLyssna.uuid).issue?.summary.id)
            let before = try await agenda(h)
            #expect(before.owed.contains { $0.issue.id == tid })
            #expect(!before.told.contains { $0.issue.id == tid })

            let lund = try #require(
                try await h.app.readModel.digests(month: november).first {
                    $0.recipientId == DemoScenario.lundCouncil.description
                })
            try await h.deliver(try #require(lund.mailId), accepted: true)
            let feedback = DigestFeedback(
                store: h.app.store, readModel: h.app.readModel, clock: h.app.organisationClock,
                logger: .init(label: "tests"))
            #expect(try await feedback.recordDelivered(metadata: metadata) == 1)
            try await h.settle()
            // The digest gave the feedback (written, dated) ...
            #expect(try await !h.app.readModel.issue(tid).feedbackOwed.contains { $0.occasion == .decision })
            // ... and the agenda still brings it to the meeting, once, under its own point.
            let after = try await agenda(h)
            let told = try #require(after.told.first { $0.issue.id == tid })
            #expect(told.toldInWriting.contains { $0.channel == .digest && $0.occasion == .decision })
            #expect(!after.owed.contains { $0.issue.id == tid } && !after.due.contains { $0.issue.id == tid })
            let text = AgendaWording.letter(after).text
            let point = try #require(text.range(of: "2. Besked sedan förra mötet"))
            let next = try #require(text.range(of: "3. Besked som rådet väntar på"))
            let heard = try #require(text.range(of: "Rådet fick beskedet i månadsbrevet"))
            #expect(point.upperBound < heard.lowerBound && heard.lowerBound < next.lowerBound)
            #expect(!text.contains("Rådet har inte fått några besked"))
        }
    }
}
