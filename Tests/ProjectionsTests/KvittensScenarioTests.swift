import AppTestSupport
import CommandHandling
import Digests
import Domain
import Foundation
import Projections
import ReadModelTypes
import Testing

/// Brukarkvittens through the store: an implemented issue from a council's proposal waits for the
/// council's word; kvitterat at a meeting it can be followed up; "inte kvitterat" reopens it with their
/// words; followed up without a kvittens it says why, in the history, the trace and the statistics.
@Suite struct KvittensScenarioTests {
    let unit: UnitID = id(1)
    let council: CouncilID = id(2)
    let meeting: MeetingID = id(3)
    func proposal(_ n: Int) -> ProposalID { id(100 + n) }
    let kvitterat: IssueID = id(201)
    let notHeld: IssueID = id(202)
    let withoutKvittens: IssueID = id(203)
    let words = "Kallelserna kommer fortfarande för sent."

    func kvittens(_ verdict: KvittensVerdict, text: String? = nil, on date: String) -> IssueCommand {
        .recordKvittens(
            Kvittens(party: .council(council), verdict: verdict, text: text, channel: .meeting, givenOn: day(date)))
    }

    /// Three proposals, each into an issue carried out on 2026-05-20.
    func implemented(_ app: TestApp) async throws {
        try await app.run(.unit(unit, .register(name: "Vuxenstöd Lund")), on: "2026-01-10")
        try await app.run(.council(council, .create(unitId: unit, name: "Dialogmötet i Lund", form: .dialogueMeeting)))
        try await app.run(
            .council(council, .recordMeeting(meetingId: meeting, heldOn: day("2026-02-12"), participantCount: 8)),
            on: "2026-02-12")
        for (n, issue) in [kvitterat, notHeld, withoutKvittens].enumerated() {
            try await app.run(
                .proposal(
                    proposal(n),
                    .putForward(
                        councilId: council, meetingId: meeting, text: "Förslag \(n)", qualityArea: .information,
                        pseudonym: nil)), on: "2026-02-12")
            try await app.run(
                .issue(
                    issue,
                    .open(
                        unitId: unit, title: "Ärende \(n)", source: .proposal(proposal(n), council: council),
                        qualityArea: nil)), on: "2026-02-13")
            try await app.run(.issue(issue, .startPreparation))
            try await app.run(
                .issue(issue, .decide(outcome: .accepted, motivation: "Bra idé.", decidedBy: "Ledningsgruppen")),
                on: "2026-03-04")
            try await app.run(.issue(issue, .startWork))
            try await app.run(.issue(issue, .markImplemented(summary: "Nya kallelser.")), on: "2026-05-20")
        }
    }

    @Test func theCouncilIsAskedUntilItAnswers() async throws {
        try await TestApp.with { app in
            try await implemented(app)
            let asked = try await app.readModel.councilDigestFacts(councilId: council)
            let since = asked.first?.issues.map { $0.kvittensAskedSince }
            #expect(since == [day("2026-05-20"), day("2026-05-20"), day("2026-05-20")])

            try await app.run(.issue(kvitterat, kvittens(.holds, on: "2026-06-10")), on: "2026-06-11")
            let after = try await app.readModel.councilDigestFacts(councilId: council)
            #expect(after.first?.issues.first { $0.id == kvitterat }?.kvittensAskedSince == nil)
            #expect(after.first?.issues.first { $0.id == notHeld }?.kvittensAskedSince == day("2026-05-20"))
        }
    }

    @Test func kvitteratAtAMeetingThenVerified() async throws {
        try await TestApp.with { app in
            try await implemented(app)
            try await app.run(.issue(kvitterat, kvittens(.holds, on: "2026-06-10")), on: "2026-06-11", as: "dora")
            try await app.run(.issue(kvitterat, .verify(note: "Rådet är nöjt.")), on: "2026-06-12", as: "dora")
            let history = try await app.readModel.history(kvitterat)
            let entry = try #require(history.last { $0.eventType == KvittensRecorded.eventType })
            #expect(entry.text == "Brukarrådet kvitterade vid ett möte: ändringen fungerar som de menade.")
            #expect(entry.date == day("2026-06-10") && entry.actor == "dora")
            let trace = try await app.readModel.trace(proposal(0).uuid)
            #expect(trace.issue?.summary.status == .verified)
            #expect(trace.answer.contains("Uppföljningen är gjord. Rådet är nöjt."))
        }
    }

    @Test func inteKvitteratReopensWithTheirWords() async throws {
        try await TestApp.with { app in
            try await implemented(app)
            try await app.run(
                .issue(notHeld, kvittens(.doesNotHold, text: words, on: "2026-06-10")), on: "2026-06-11", as: "dora")
            let detail = try await app.readModel.issue(notHeld)
            #expect(detail.summary.status == .reopened)
            let trace = try await app.readModel.trace(proposal(1).uuid)
            #expect(
                trace.answer.contains(
                    "Brukarrådet kvitterade inte vid ett möte: ändringen fungerar inte som de menade. De sa: \(words) Ärendet öppnades igen."
                ))
            #expect(trace.answer.contains("Det registrerades 2026-06-10 av dora."))
            let facts = try await app.readModel.councilDigestFacts(councilId: council)
            let issue = try #require(facts.first?.issues.first { $0.id == notHeld })
            #expect(issue.kvittensNotHeld?.text == words && issue.kvittensAskedSince == nil)
            #expect(issue.implementationSummary == nil)
        }
    }

    @Test func verifyWithoutKvittensIsRefusedThenAllowedWithAReason() async throws {
        try await TestApp.with { app in
            try await implemented(app)
            await #expect(throws: DomainError.self) {
                try await app.run(.issue(withoutKvittens, .verify(note: nil)), on: "2026-07-01")
            }
            let refused = try await app.readModel.issue(withoutKvittens)
            #expect(refused.summary.status == .implemented)
            // `issue show` says who is asked, and since when.
            #expect(refused.kvittensAskedSince == day("2026-05-20"))
            #expect(refused.kvittensAwaitedFrom == ["Dialogmötet i Lund"])
            #expect(refused.verifiedWithoutKvittens == nil)
            try await app.run(
                .issue(withoutKvittens, .verifyWithoutKvittens(note: nil, reason: "Rådet är nedlagt sedan juni.")),
                on: "2026-07-01", as: "dora")
            let history = try await app.readModel.history(withoutKvittens)
            #expect(
                history.last?.text == "Ärendet är uppföljt utan brukarkvittens. Skäl: Rådet är nedlagt sedan juni.")
            let verified = try await app.readModel.issue(withoutKvittens)
            #expect(verified.verifiedWithoutKvittens == "Rådet är nedlagt sedan juni.")
            #expect(verified.kvittensAwaitedFrom.isEmpty)
            let trace = try await app.readModel.trace(proposal(2).uuid)
            #expect(trace.issue?.summary.status == .verified)
            #expect(
                trace.answer.contains(
                    "Ärendet är uppföljt utan brukarkvittens. Skäl: Rådet är nedlagt sedan juni. Det registrerades 2026-07-01 av dora."
                ))
        }
    }

    @Test func statisticsCountTheShareWithKvittensPerUnitAndArea() async throws {
        try await TestApp.with { app in
            try await implemented(app)
            try await app.run(.issue(kvitterat, kvittens(.holds, on: "2026-06-10")), on: "2026-06-11")
            try await app.run(.issue(kvitterat, .verify(note: nil)), on: "2026-06-12")
            try await app.run(
                .issue(withoutKvittens, .verifyWithoutKvittens(note: nil, reason: "Rådet är nedlagt.")),
                on: "2026-07-01")
            let stats = try await app.readModel.statistics(unitId: unit, from: day("2026-01-01"), to: day("2026-12-31"))
            #expect(stats.total.followedUp == 2)
            #expect(stats.total.followedUpWithoutKvittens == 1)
            #expect(stats.total.kvittensShare == 0.5)
            let area = try #require(stats.byQualityArea.first { $0.key == QualityArea.information.rawValue })
            #expect(area.figures.followedUp == 2 && area.figures.kvittensShare == 0.5)
            let before = try await app.readModel.statistics(
                unitId: unit, from: day("2026-01-01"), to: day("2026-06-30"))
            #expect(before.total.followedUp == 1 && before.total.kvittensShare == 1)
        }
    }
}
