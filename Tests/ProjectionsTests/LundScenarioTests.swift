import AppTestSupport
import CommandHandling
import Domain
import Foundation
import Projections
import ReadModelTypes
import Testing

/// The Lund story from the seeds, through the store and the projections: the trace of each proposal
/// must read correctly in Swedish, and the statistics must match a hand count.
@Suite struct LundScenarioTests {
    static let topTen = [
        "Kontinuitet", "Tid att lyssna", "Relationen är viktig", "Individuella lösningar", "Delaktighet",
        "Boendet är viktigt", "Lättillgänglig hjälp", "Långsiktighet", "Behoven ska styra", "Ta vara på erfarenheter",
    ]

    let unit: UnitID = id(1)
    let council: CouncilID = id(2)
    let meeting: MeetingID = id(3)
    var proposals: [ProposalID] { (0..<10).map { id(100 + $0) } }
    let continuity: IssueID = id(200)
    let listening: IssueID = id(201)
    let housing: IssueID = id(202)
    let revision: RevisionID = id(300)
    let finding: FindingID = id(301)

    func source(_ index: Int) -> IssueSource { .proposal(proposals[index], council: council) }

    func runScenario(_ app: TestApp) async throws {
        try await app.run(.unit(unit, .register(name: "Vuxenstöd Lund")), on: "2026-01-10")
        try await app.run(.council(council, .create(unitId: unit, name: "Dialogmötet i Lund", form: .dialogueMeeting)))
        try await app.run(
            .council(council, .recordMeeting(meetingId: meeting, heldOn: day("2026-02-12"), participantCount: 8)),
            on: "2026-02-12")
        for (proposal, text) in zip(proposals, Self.topTen) {
            try await app.run(
                .proposal(
                    proposal,
                    .putForward(
                        councilId: council, meetingId: meeting, text: text, qualityArea: .treatment, pseudonym: nil)))
        }
        try await app.run(
            .issue(
                continuity,
                .open(unitId: unit, title: "Kontinuitet i kontakten", source: source(0), qualityArea: .treatment)),
            on: "2026-02-13")
        try await app.run(.issue(continuity, .linkSource(source(2))))
        try await app.run(
            .issue(listening, .open(unitId: unit, title: "Tid att lyssna", source: source(1), qualityArea: .treatment)))
        try await app.run(.issue(listening, .mergeInto(survivor: continuity)), on: "2026-02-14")
        try await app.run(
            .issue(
                housing,
                .open(
                    unitId: unit, title: "Umgänge med barn på stödboendet", source: source(5),
                    qualityArea: .supportMeasures)), on: "2026-02-13")
        for issue in [housing, continuity] {
            try await app.run(.issue(issue, .assignOwner("Enhetschef vuxenstöd")), on: "2026-02-20", as: "anna")
            try await app.run(.issue(issue, .startPreparation), as: "anna")
        }
        try await app.run(
            .issue(
                housing,
                .decide(
                    outcome: .rejected,
                    motivation: "Stödboendet har i dag inga rum där barn kan vara. Vi kan inte ändra det i år.",
                    decidedBy: "Ledningsgruppen")),
            on: "2026-03-04", as: "bertil")
        try await app.run(
            .issue(
                continuity,
                .decide(
                    outcome: .accepted, motivation: "Alla får en fast kontaktperson som följer dem mellan enheterna.",
                    decidedBy: "Ledningsgruppen")),
            as: "bertil")
        try await app.run(.issue(continuity, .setDueDate(day("2026-06-30"))))
        try await app.run(
            .issue(
                continuity, .setParticipationLevel(.involvedInDecisions, reason: "Rådet är med och formar uppdraget.")))
        try await app.run(
            .issue(
                continuity,
                .giveFeedback(councilId: council, occasion: .decision, channel: .meeting, givenOn: day("2026-03-12"))),
            on: "2026-03-12")
        try await app.run(.issue(continuity, .startWork), on: "2026-03-15")
        try await app.run(
            .issue(continuity, .markImplemented(summary: "Fasta kontaktpersoner finns nu i vuxenstöd.")),
            on: "2026-05-20")
        try await app.run(
            .issue(
                continuity,
                .giveFeedback(
                    councilId: council, occasion: .implementation, channel: .digest, givenOn: day("2026-06-01"))),
            on: "2026-06-01")
        // A later revision finds the housing problem again.
        try await app.run(
            .revision(
                revision,
                .plan(unitId: unit, periodStart: day("2026-08-01"), periodEnd: day("2026-09-30"), auditorCount: 3)),
            on: "2026-08-01")
        try await app.run(
            .revision(revision, .publishReport(publishedOn: day("2026-10-05"), title: "Brukarrevision av vuxenstöd")),
            on: "2026-10-05")
        try await app.run(
            .revision(
                revision,
                .recordFinding(
                    findingId: finding, text: "Föräldrar på stödboendet kan inte träffa sina barn där.",
                    qualityArea: .supportMeasures, recommendation: "Ordna en plats för umgänge.")))
        try await app.run(
            .issue(
                housing,
                .reopen(source: .finding(finding, revision: revision), reason: "Revisionen fann samma problem igen.")),
            on: "2026-10-06")
        app.clock.set("2026-10-20")
    }

    @Test func tracesReadCorrectlyInSwedish() async throws {
        try await TestApp.with { app in
            try await runScenario(app)

            let kontinuitet = try await app.readModel.trace(proposals[0].uuid)
            #expect(kontinuitet.source.text == "Kontinuitet")
            #expect(kontinuitet.source.origin == "Förslag från Dialogmötet i Lund")
            #expect(kontinuitet.issuePath == [continuity])
            #expect(kontinuitet.issue?.summary.status == .implemented)
            #expect(
                kontinuitet.answer
                    == "Förslaget blev ärende 00000000 (”Kontinuitet i kontakten”). Ledningsgruppen beslutade bifall 2026-03-04. "
                    + "Motivering: Alla får en fast kontaktperson som följer dem mellan enheterna. "
                    + "Beslutet är genomfört men ännu inte uppföljt. Ansvarig: Enhetschef vuxenstöd. Ingen återkoppling är skyldig."
            )
            let lines = kontinuitet.history.map { "\($0.date) \($0.text)" }
            #expect(
                lines.contains(
                    "2026-03-04 Ledningsgruppen beslutade bifall. Motivering: Alla får en fast kontaktperson som följer dem mellan enheterna."
                ))
            #expect(lines.contains("2026-06-01 Brukarrådet fick återkoppling om genomförandet i månadsbrevet."))
            #expect(kontinuitet.history.first { $0.eventType == "IssueDecided" }?.actor == "bertil")

            // "Tid att lyssna" went into its own issue, which was merged into continuity.
            let lyssna = try await app.readModel.trace(proposals[1].uuid)
            #expect(lyssna.issuePath == [listening, continuity])
            #expect(
                lyssna.answer.hasPrefix(
                    "Förslaget hör till ärende 00000000 (”Kontinuitet i kontakten”), som det slogs ihop med."))
            #expect(
                lyssna.history.contains { $0.text == "Ärendet slogs ihop med ärende 00000000, där arbetet fortsätter." }
            )

            // "Relationen är viktig" was linked to continuity directly.
            #expect(try await app.readModel.trace(proposals[2].uuid).issuePath == [continuity])

            let boendet = try await app.readModel.trace(proposals[5].uuid)
            #expect(boendet.issue?.summary.status == .reopened)
            #expect(
                boendet.history.map { "\($0.date) \($0.text)" }.contains(
                    "2026-03-04 Ledningsgruppen beslutade avslag. Motivering: Stödboendet har i dag inga rum där barn kan vara. Vi kan inte ändra det i år."
                ))
            #expect(
                boendet.history.last?.text
                    == "Ärendet öppnades igen efter en iakttagelse i en brukarrevision. Skäl: Revisionen fann samma problem igen."
            )
            #expect(
                boendet.answer.contains(
                    "Ärendet öppnades igen efter en iakttagelse i en brukarrevision. Skäl: Revisionen fann samma problem igen. "
                        + "Det registrerades 2026-10-06 av samordnare. Det väntar på ny beredning."))
            #expect(boendet.answer.contains("Dialogmötet i Lund väntar sedan 2026-03-04 på återkoppling om beslutet."))

            // The finding traces to the same issue.
            #expect(try await app.readModel.trace(finding.uuid).issue?.summary.id == housing)

            // A proposal nobody has taken up yet says so.
            let delaktighet = try await app.readModel.trace(proposals[4].uuid)
            #expect(delaktighet.issue == nil)
            #expect(
                delaktighet.answer == "Förslaget har ännu inte blivit ett ärende. Ingen har tagit ställning till det.")
        }
    }

    @Test func statisticsMatchAHandCount() async throws {
        try await TestApp.with { app in
            try await runScenario(app)
            let stats = try await app.readModel.statistics(unitId: unit, from: day("2026-01-01"), to: day("2026-12-31"))
            // Registered: continuity and housing (the merged "Tid att lyssna" is counted in its survivor).
            #expect(stats.total.registered == 2)
            #expect(stats.total.decided == 2)
            #expect(stats.total.implemented == 1)
            // Both registered 2026-02-13 and decided 2026-03-04: 19 days.
            #expect(stats.total.medianDaysToDecision == 19)
            // Continuity's council heard back 8 days after the decision; housing's never did.
            #expect(stats.total.feedbackWithin30DaysShare == 0.5)
            #expect(stats.byQualityArea.map(\.label) == ["Bemötande", "Stödinsatser"])
            #expect(stats.byParticipationLevel.first { $0.key == "4" }?.figures.implemented == 1)
            let outside = try await app.readModel.statistics(
                unitId: unit, from: day("2025-01-01"), to: day("2025-12-31"))
            #expect(outside.total.registered == 0)
        }
    }

    @Test func issueListsAndDueItemsReflectTheScenario() async throws {
        try await TestApp.with { app in
            try await runScenario(app)
            let open = try await app.readModel.issues(IssueFilter(unitId: unit))
            #expect(Set(open.map(\.id)) == [continuity, listening, housing])
            #expect(try await app.readModel.issues(IssueFilter(status: .reopened)).map(\.id) == [housing])
            #expect(try await app.readModel.issues(IssueFilter(councilId: council)).count == 3)
            #expect(try await app.readModel.issues(IssueFilter(sourceKind: .finding)).map(\.id) == [housing])
            #expect(try await app.readModel.issues(IssueFilter(owner: "Enhetschef vuxenstöd")).count == 2)
            let detail = try await app.readModel.issue(continuity)
            #expect(detail.sources.map(\.text) == ["Kontinuitet", "Relationen är viktig", "Tid att lyssna"])
            #expect(detail.summary.participationLevel == 4)
            let due = try await app.readModel.due()
            #expect(due.contains { $0.kind == .feedbackOwed && $0.reference == housing.description && $0.isOverdue })
            let unknown: IssueID = id(999)
            let error = await #expect(throws: NotFound.self) { try await app.readModel.issue(unknown) }
            #expect(error?.message == "Ärendet 00000000-0000-0000-0000-000000000999 finns inte.")
            await #expect(throws: NotFound.self) { try await app.readModel.trace(UUID()) }
        }
    }
}
