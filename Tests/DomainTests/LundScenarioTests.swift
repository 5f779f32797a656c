import Testing

@testable import Domain

/// The seeds' Lund story end to end, in memory: "Brukarnas 10 i topp" from a dialogue meeting,
/// two proposals become one issue, ledningen rejects one and accepts another, it is implemented,
/// feedback is given, and a later revision finding on the same theme reopens the rejected one.
@Suite struct LundScenarioTests {
    /// A tiny in-memory event store: streams by name, and the global log.
    struct Store {
        var log: [DomainEvent] = []
        func stream(_ name: String) -> [DomainEvent] { log.filter { $0.streamName == name } }

        @discardableResult
        mutating func run(_ command: DomainCommand, on date: String) throws -> [DomainEvent] {
            let events = try command.decide(history: stream(command.streamName), context: context(date))
            for event in events {
                // Go through the codec, as the real store would.
                let stored = try event.encode()
                log.append(
                    try DomainEvent.decode(
                        eventType: stored.eventType, schemaVersion: stored.schemaVersion, data: stored.data))
            }
            return events
        }

        func issue(_ id: IssueID) -> IssueState? {
            IssueAggregate.replay(stream(id.streamName).compactMap { if case .issue(_, let e) = $0 { e } else { nil } })
        }
    }

    static let topTen = [
        "Kontinuitet", "Tid att lyssna", "Relationen är viktig", "Individuella lösningar", "Delaktighet",
        "Boendet är viktigt",
    ]

    @Test func lundDialogueMeetingToReopenedIssue() throws {
        var store = Store()
        let unit = UnitID(uuid(1))
        let council = CouncilID(uuid(2))
        let meeting = MeetingID(uuid(3))
        try store.run(.unit(unit, .register(name: "Vuxenstöd Lund")), on: "2026-01-10")
        try store.run(
            .council(council, .create(unitId: unit, name: "Dialogmöte Lund", form: .dialogueMeeting)), on: "2026-01-10")
        try store.run(
            .council(council, .recordMeeting(meetingId: meeting, heldOn: day("2026-02-12"), participantCount: 11)),
            on: "2026-02-12")

        // The meeting puts forward the list.
        let proposals = Self.topTen.indices.map { ProposalID(uuid(100 + $0)) }
        for (id, text) in zip(proposals, Self.topTen) {
            try store.run(
                .proposal(
                    id,
                    .putForward(
                        councilId: council, meetingId: meeting, text: text, qualityArea: .treatment, pseudonym: nil)),
                on: "2026-02-12")
        }
        let source = { (i: Int) in IssueSource.proposal(proposals[i], council: council) }

        // "Kontinuitet" and "Relationen är viktig" are the same problem: one issue, linked.
        let continuity = IssueID(uuid(200))
        let listening = IssueID(uuid(201))
        let housing = IssueID(uuid(202))
        try store.run(
            .issue(
                continuity,
                .open(unitId: unit, title: "Kontinuitet i kontakten", source: source(0), qualityArea: .treatment)),
            on: "2026-02-13")
        try store.run(.issue(continuity, .linkSource(source(2))), on: "2026-02-13")
        // "Tid att lyssna" first became its own issue, then is merged into continuity.
        try store.run(
            .issue(listening, .open(unitId: unit, title: "Tid att lyssna", source: source(1), qualityArea: .treatment)),
            on: "2026-02-13")
        let (m, s) = try IssueAggregate.merge(
            listening, store.issue(listening), into: continuity, store.issue(continuity), context("2026-02-14"))
        store.log += m.map { .issue(listening, $0) } + s.map { .issue(continuity, $0) }
        #expect(store.issue(listening)?.mergedInto == continuity)
        #expect(store.issue(continuity)?.sources.count == 3)

        // Housing on the support home (umgänge med barn): rejected with a motivation.
        try store.run(
            .issue(
                housing,
                .open(
                    unitId: unit, title: "Boendet är viktigt: umgänge med barn på stödboendet", source: source(5),
                    qualityArea: .supportMeasures)), on: "2026-02-13")
        for (id, date) in [(housing, "2026-02-20"), (continuity, "2026-02-20")] {
            try store.run(.issue(id, .assignOwner("Enhetschef vuxenstöd")), on: date)
            try store.run(.issue(id, .startPreparation), on: date)
        }
        try store.run(
            .issue(
                housing,
                .decide(
                    outcome: .rejected,
                    motivation: "Stödboendet har i dag inga rum där barn kan vara. Vi kan inte ändra det i år.",
                    decidedBy: "Ledningsgruppen")), on: "2026-03-04")
        try store.run(
            .issue(
                continuity,
                .decide(
                    outcome: .accepted, motivation: "Alla får en fast kontaktperson som följer dem mellan enheterna.",
                    decidedBy: "Ledningsgruppen")), on: "2026-03-04")
        try store.run(.issue(continuity, .setDueDate(day("2026-06-30"))), on: "2026-03-04")
        try store.run(
            .issue(
                continuity, .setParticipationLevel(.involvedInDecisions, reason: "Rådet är med och formar uppdraget.")),
            on: "2026-03-04")
        #expect(store.issue(housing)?.feedbackOwed.map(\.occasion) == [.decision])

        // Feedback on both decisions at the next meeting.
        for id in [housing, continuity] {
            try store.run(
                .issue(
                    id,
                    .giveFeedback(
                        councilId: council, occasion: .decision, channel: .meeting, givenOn: day("2026-03-12"))),
                on: "2026-03-12")
        }
        // The rejected one cannot be started.
        #expect(throws: DomainError.self) { try store.run(.issue(housing, .startWork), on: "2026-03-13") }

        // Continuity is implemented and the council hears back by the digest.
        try store.run(.issue(continuity, .startWork), on: "2026-03-15")
        try store.run(
            .issue(continuity, .markImplemented(summary: "Fasta kontaktpersoner finns nu i vuxenstöd.")),
            on: "2026-05-20")
        #expect(
            store.issue(continuity)?.feedbackOwed == [
                FeedbackDue(councilId: council, occasion: .implementation, owedSince: day("2026-05-20"))
            ])
        try store.run(
            .issue(
                continuity,
                .giveFeedback(
                    councilId: council, occasion: .implementation, channel: .digest, givenOn: day("2026-06-01"))),
            on: "2026-06-01")
        #expect(store.issue(continuity)?.feedbackOwed == [])
        #expect(store.issue(continuity)?.status == .implemented)

        // A later user-led revision finds the same problem on the support home: the rejected issue reopens.
        let revision = RevisionID(uuid(300))
        let finding = FindingID(uuid(301))
        try store.run(
            .revision(
                revision,
                .plan(unitId: unit, periodStart: day("2026-08-01"), periodEnd: day("2026-09-30"), auditorCount: 3)),
            on: "2026-07-01")
        try store.run(
            .revision(revision, .publishReport(publishedOn: day("2026-10-15"), title: "Brukarrevision vuxenstöd Lund")),
            on: "2026-10-15")
        try store.run(
            .revision(
                revision,
                .recordFinding(
                    findingId: finding, text: "Föräldrar på stödboendet kan inte träffa sina barn där.",
                    qualityArea: .supportMeasures, recommendation: "Ordna en plats för umgänge.")), on: "2026-10-15")
        try store.run(
            .issue(
                housing,
                .reopen(source: .finding(finding, revision: revision), reason: "Brukarrevisionen visar samma problem.")),
            on: "2026-10-20")

        let reopened = try #require(store.issue(housing))
        #expect(reopened.status == .reopened)
        #expect(reopened.decisions.first?.motivation.hasPrefix("Stödboendet har i dag inga rum") == true)
        #expect(reopened.sources.map(\.kind) == ["proposal", "finding"])
        // Everything that happened can be told from the log: the story of the housing proposal.
        let story = store.stream(housing.streamName).map(\.eventType)
        #expect(
            story == [
                "IssueOpened", "IssueOwnerAssigned", "IssuePreparationStarted", "IssueDecided", "FeedbackGiven",
                "IssueReopened",
            ])
    }
}
