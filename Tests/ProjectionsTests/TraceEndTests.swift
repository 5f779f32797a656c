import AppTestSupport
import CommandHandling
import Domain
import EventStore
import Foundation
import Projections
import ReadModelTypes
import Testing

/// Every end a proposal or an issue can reach has its trace, and the trace's answer says what the
/// subject's own history says: what happened, when, who recorded it and why.
@Suite struct TraceEndTests {
    let unit: UnitID = id(1)
    let council: CouncilID = id(2)
    let meeting: MeetingID = id(3)
    func proposal(_ n: Int) -> ProposalID { id(100 + n) }
    func source(_ n: Int) -> IssueSource { .proposal(proposal(n), council: council) }
    let withdrawnIssue: IssueID = id(201)
    let mergedIssue: IssueID = id(202)
    let survivor: IssueID = id(203)
    let rejectedIssue: IssueID = id(204)
    let reopenedIssue: IssueID = id(205)
    let verifiedIssue: IssueID = id(206)

    func runScenario(_ app: TestApp) async throws {
        try await app.run(.unit(unit, .register(name: "Vuxenstöd Lund")), on: "2026-01-10")
        try await app.run(.council(council, .create(unitId: unit, name: "Dialogmötet i Lund", form: .dialogueMeeting)))
        try await app.run(
            .council(council, .recordMeeting(meetingId: meeting, heldOn: day("2026-02-12"), participantCount: 8)),
            on: "2026-02-12")
        for n in 0..<8 {
            try await app.run(
                .proposal(
                    proposal(n),
                    .putForward(
                        councilId: council, meetingId: meeting, text: "Förslag \(n)", qualityArea: nil, pseudonym: nil))
            )
        }
        // 0: withdrawn by its council before it became an issue.
        try await app.run(
            .proposal(proposal(0), .withdraw(reason: "Rådet lämnade ett tydligare förslag i stället")),
            on: "2026-03-01", as: "samordnare Lund")
        // 1: its issue withdrawn.
        try await open(app, withdrawnIssue, 1)
        try await app.run(
            .issue(withdrawnIssue, .withdraw(reason: "Samma sak som ett ärende från revisionen.")), on: "2026-04-02",
            as: "anna")
        // 2 into an issue merged into 3's.
        try await open(app, mergedIssue, 2)
        try await open(app, survivor, 3)
        try await app.run(.issue(mergedIssue, .mergeInto(survivor: survivor)), on: "2026-02-14", as: "anna")
        // 4: rejected.
        try await open(app, rejectedIssue, 4)
        try await app.run(.issue(rejectedIssue, .startPreparation))
        try await app.run(
            .issue(
                rejectedIssue,
                .decide(outcome: .rejected, motivation: "Det ryms inte i år.", decidedBy: "Ledningsgruppen")),
            on: "2026-03-04", as: "bertil")
        // 5: rejected, then reopened by proposal 6.
        try await open(app, reopenedIssue, 5)
        try await app.run(.issue(reopenedIssue, .startPreparation))
        try await app.run(
            .issue(
                reopenedIssue,
                .decide(outcome: .rejected, motivation: "Inte nu.", decidedBy: "Ledningsgruppen")),
            on: "2026-03-04", as: "bertil")
        try await app.run(
            .issue(reopenedIssue, .reopen(source: source(6), reason: "Rådet tog upp det igen")), on: "2026-09-10",
            as: "cecilia")
        // 7: accepted, carried out and followed up.
        try await open(app, verifiedIssue, 7)
        try await app.run(.issue(verifiedIssue, .startPreparation))
        try await app.run(
            .issue(verifiedIssue, .decide(outcome: .accepted, motivation: "Bra idé.", decidedBy: "Ledningsgruppen")),
            on: "2026-03-04")
        try await app.run(.issue(verifiedIssue, .startWork))
        try await app.run(.issue(verifiedIssue, .markImplemented(summary: "Klart.")), on: "2026-05-20")
        try await app.run(
            .issue(
                verifiedIssue,
                .recordKvittens(
                    Kvittens(
                        party: .council(council), verdict: .holds, text: nil, channel: .meeting,
                        givenOn: day("2026-08-30")))), on: "2026-08-31", as: "dora")
        try await app.run(
            .issue(verifiedIssue, .verify(note: "Rådet säger att det fungerar.")), on: "2026-09-01", as: "dora")
        app.clock.set("2026-10-20")
    }

    func open(_ app: TestApp, _ issue: IssueID, _ n: Int) async throws {
        try await app.run(
            .issue(issue, .open(unitId: unit, title: "Ärende \(n)", source: source(n), qualityArea: nil)),
            on: "2026-02-13")
    }

    /// The history's entry of `type` on `issue`, and that the answer tells it: its words, its day, its actor.
    func expectAnswerTells(
        _ trace: Trace, _ type: String, on issue: IssueID, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let entry = try #require(
            trace.history.last { $0.eventType == type && $0.issueId == issue }, sourceLocation: sourceLocation)
        let words = entry.text.hasSuffix(".") ? String(entry.text.dropLast()) : entry.text
        #expect(trace.answer.contains(words), sourceLocation: sourceLocation)
        #expect(trace.answer.contains(entry.date.description), sourceLocation: sourceLocation)
        #expect(trace.answer.contains("Det registrerades"), sourceLocation: sourceLocation)
        #expect(trace.answer.contains(entry.actor), sourceLocation: sourceLocation)
    }

    @Test func aProposalWithdrawnBeforeItBecameAnIssue() async throws {
        try await TestApp.with { app in
            try await runScenario(app)
            let trace = try await app.readModel.trace(proposal(0).uuid)
            #expect(trace.issue == nil && trace.history.isEmpty)
            // Its own history: the withdrawal on the proposal's stream.
            let recorded = try #require(try await app.store.readStream(StreamID(proposal(0).streamName)).last)
            #expect(recorded.eventType == "ProposalWithdrawn")
            let on = app.organisationClock.day(of: recorded.recordedAt)
            #expect(trace.source.withdrawnOn == on)
            #expect(trace.source.withdrawnBy == recorded.metadata.actor)
            #expect(
                trace.answer
                    == "Rådet drog tillbaka förslaget \(on), innan det blev ett ärende. "
                    + "Skäl: Rådet lämnade ett tydligare förslag i stället. Det registrerades av samordnare Lund.")
        }
    }

    @Test func aWithdrawnIssue() async throws {
        try await TestApp.with { app in
            try await runScenario(app)
            let trace = try await app.readModel.trace(proposal(1).uuid)
            #expect(trace.issue?.summary.status == .withdrawn)
            try expectAnswerTells(trace, "IssueWithdrawn", on: withdrawnIssue)
            #expect(trace.answer.contains("Samma sak som ett ärende från revisionen."))
        }
    }

    @Test func anIssueMergedIntoAnother() async throws {
        try await TestApp.with { app in
            try await runScenario(app)
            let trace = try await app.readModel.trace(proposal(2).uuid)
            #expect(trace.issuePath == [mergedIssue, survivor])
            #expect(trace.issue?.summary.id == survivor)
            let merge = try #require(trace.history.last { $0.eventType == "IssueMerged" })
            #expect(merge.issueId == mergedIssue)
            let into = String(survivor.description.prefix(8))
            let first = String(mergedIssue.description.prefix(8))
            #expect(
                trace.answer.contains(
                    "Det gick först in i ärende \(first), som slogs ihop med ärende \(into) \(merge.date). "
                        + "Det registrerades av \(merge.actor)."))
            // ... and follows it: the rest tells the survivor.
            #expect(trace.answer.hasPrefix("Förslaget hör till ärende \(into) (”Ärende 3”), som det slogs ihop med."))
        }
    }

    @Test func aRejectedIssue() async throws {
        try await TestApp.with { app in
            try await runScenario(app)
            let trace = try await app.readModel.trace(proposal(4).uuid)
            #expect(trace.issue?.summary.outcome == .rejected)
            let decision = try #require(trace.history.last { $0.eventType == "IssueDecided" })
            #expect(
                trace.answer.contains(
                    "Ledningsgruppen beslutade avslag \(decision.date). Motivering: Det ryms inte i år."))
            #expect(
                trace.answer.contains("Ärendet avslutades med det beslutet. Det registrerades av \(decision.actor)."))
        }
    }

    @Test func aReopenedIssue() async throws {
        try await TestApp.with { app in
            try await runScenario(app)
            // Both the proposal that opened it and the one that reopened it tell why it is open again.
            for n in [5, 6] {
                let trace = try await app.readModel.trace(proposal(n).uuid)
                #expect(trace.issue?.summary.status == .reopened)
                try expectAnswerTells(trace, "IssueReopened", on: reopenedIssue)
                #expect(trace.answer.contains("Skäl: Rådet tog upp det igen."))
            }
        }
    }

    @Test func aVerifiedIssue() async throws {
        try await TestApp.with { app in
            try await runScenario(app)
            let trace = try await app.readModel.trace(proposal(7).uuid)
            #expect(trace.issue?.summary.status == .verified)
            try expectAnswerTells(trace, "IssueVerified", on: verifiedIssue)
            #expect(trace.answer.contains("Rådet säger att det fungerar."))
        }
    }
}
