import Domain
import EventCodec
import EventStore
import Foundation
import Projections

/// Writes a realistic history of `issues` issues straight into the store, in batched appends.
///
/// Going through the command handler would load and fold every stream for every command; here the
/// events are built directly, in the order the domain allows them (the lifecycle of DESIGN §4: owner,
/// preparation, participation level, a decision with motivation and decider, due dates, work,
/// implementation, verification, feedback to every council owed it, withdrawals and reopenings), so
/// `IssueAggregate` accepts every stream when it is replayed. Each issue stream is appended in three
/// parts interleaved with the other issues of its chunk, so a batch of the log touches many issues,
/// as it would in life. Units get two councils each; every issue comes from a proposal put forward in
/// one of them, every fourth also links a proposal of the unit's other council.
struct HistoryGenerator {
    let store: EventStore
    let issues: Int
    let progress: @Sendable (String) -> Void
    var chunk = 200
    var writers = 4

    /// Units (two councils each): one per thousand issues unless set.
    var unitCount: Int?
    var units: Int { unitCount ?? max(2, issues / 1000) }
    static let meetingsPerCouncil = 24

    static func uuid(_ kind: Int, _ number: Int) -> UUID {
        UUID(uuidString: String(format: "%08x-0000-4000-8000-%012lx", kind, number))!
    }
    static func unit(_ u: Int) -> UnitID { UnitID(uuid(1, u)) }
    static func council(_ u: Int, _ c: Int) -> CouncilID { CouncilID(uuid(2, u * 2 + c)) }
    static func meeting(_ u: Int, _ c: Int, _ m: Int) -> MeetingID { MeetingID(uuid(3, (u * 2 + c) * 100 + m)) }
    /// Proposals `3i` (the issue's source), `3i + 1` (linked), `3i + 2` (the one that reopens it).
    static func proposal(_ number: Int) -> ProposalID { ProposalID(uuid(4, number)) }
    static func issue(_ i: Int) -> IssueID { IssueID(uuid(5, i)) }

    /// 2024-01-01 plus `index` days, precomputed: CalendarDate from Date goes through Calendar.
    private static let days: [CalendarDate] = (0..<1200).map {
        CalendarDate(Date(timeIntervalSince1970: 1_704_110_400 + Double($0) * 86_400), timeZone: .stockholm)
    }
    static func day(_ index: Int) -> CalendarDate { days[index] }

    private static let topics = [
        "Kontinuitet i kontakten", "Tid att lyssna", "Relationen är viktig", "Individuella lösningar", "Delaktighet",
        "Boendet är viktigt", "Lättillgänglig hjälp", "Långsiktighet", "Behoven ska styra", "Ta vara på erfarenheter",
    ]
    private static let motivations = [
        "Alla får en fast kontaktperson som följer dem mellan enheterna.",
        "Stödboendet har i dag inga rum där barn kan vara. Vi kan inte ändra det i år.",
        "Vi inför kvällsöppet två dagar i veckan från hösten, inom befintlig budget.",
        "Förslaget ryms delvis: informationen skrivs om, men broschyren trycks inte.",
    ]
    private static let owners = [
        "Enhetschef vuxenstöd", "Verksamhetsutvecklare", "Kvalitetssamordnare", "Biträdande enhetschef",
    ]

    /// Writes everything; returns the number of events in the log.
    func write() async throws -> Int {
        var setup: [(StreamID, [DomainEvent])] = []
        for u in 0..<units {
            let unit = Self.unit(u)
            setup.append(
                (
                    StreamID(unit.streamName),
                    [.unit(unit, .registered(UnitRegistered(name: "Enhet \(u) socialtjänsten")))]
                ))
            for c in 0..<2 {
                let council = Self.council(u, c)
                var events: [DomainEvent] = [
                    .council(
                        council,
                        .created(
                            CouncilCreated(
                                unitId: unit, name: c == 0 ? "Brukarrådet \(u)" : "Dialogmötet \(u)",
                                form: c == 0 ? .userCouncil : .dialogueMeeting)))
                ]
                for m in 0..<Self.meetingsPerCouncil {
                    events.append(
                        .council(
                            council,
                            .meetingHeld(
                                CouncilMeetingHeld(
                                    meetingId: Self.meeting(u, c, m), heldOn: Self.day(m * 30),
                                    participantCount: 5 + m % 7))))
                }
                setup.append((StreamID(council.streamName), events))
            }
        }
        var written = try await writeTransaction([setup])
        let chunks = stride(from: 0, to: issues, by: chunk).map { $0..<min(issues, $0 + chunk) }
        var next = 0
        while next < chunks.count {
            let round = chunks[next..<min(chunks.count, next + writers)]
            next += round.count
            written += try await withThrowingTaskGroup(of: Int.self) { group in
                for range in round {
                    group.addTask { try await writeTransaction(parts(range)) }
                }
                return try await group.reduce(0, +)
            }
            if next % (writers * 25) == 0 || next == chunks.count {
                progress(
                    "projections: history written up to issue \(round.last!.upperBound) of \(issues), \(written) events"
                )
            }
        }
        return written
    }

    /// One transaction: for each part in turn, one append per stream (versions continue across parts).
    private func writeTransaction(_ parts: [[(StreamID, [DomainEvent])]]) async throws -> Int {
        let streams = parts.flatMap { $0.map(\.0) }
        return try await store.withTransaction(locking: streams) { transaction in
            var versions: [StreamID: Int64] = [:]
            var count = 0
            for part in parts {
                for (stream, events) in part where !events.isEmpty {
                    let command = UUID()
                    let version = versions[stream] ?? 0
                    _ = try await transaction.append(
                        to: stream, expectedVersion: version == 0 ? .noStream : .exactly(version),
                        events: try events.map { try $0.newEvent() },
                        metadata: EventMetadata(
                            actor: "samordnare", commandID: command, correlationID: command, client: "tredjekraft-bench"
                        ))
                    versions[stream] = version + Int64(events.count)
                    count += events.count
                }
            }
            return count
        }
    }

    /// The proposals of a chunk, then its issues in three interleaved parts.
    private func parts(_ range: Range<Int>) -> [[(StreamID, [DomainEvent])]] {
        var proposals: [(StreamID, [DomainEvent])] = []
        var split: [[(StreamID, [DomainEvent])]] = [[], [], []]
        for i in range {
            let (ownProposals, events) = history(i)
            proposals += ownProposals
            let stream = StreamID(Self.issue(i).streamName)
            split[0].append((stream, Array(events.prefix(3))))
            split[1].append((stream, Array(events.dropFirst(3).prefix(4))))
            split[2].append((stream, Array(events.dropFirst(7))))
        }
        return [proposals] + split
    }

    /// Issue `i`'s proposals and its own events. `(i / units) % 20` picks where in its life the issue is.
    func history(_ i: Int) -> (proposals: [(StreamID, [DomainEvent])], events: [DomainEvent]) {
        let u = i % units
        let c = (i / units) % 2
        let council = Self.council(u, c)
        let other = Self.council(u, 1 - c)
        let r = (i * 7) % 700
        let area = QualityArea.allCases[i % QualityArea.allCases.count]
        let topic = Self.topics[i % Self.topics.count]
        var proposals: [(StreamID, [DomainEvent])] = []
        func propose(_ number: Int, _ council: CouncilID, _ councilIndex: Int, on day: Int) -> IssueSource {
            let id = Self.proposal(number)
            proposals.append(
                (
                    StreamID(id.streamName),
                    [
                        .proposal(
                            id,
                            .putForward(
                                ProposalPutForward(
                                    councilId: council,
                                    meetingId: Self.meeting(
                                        u, councilIndex, min(Self.meetingsPerCouncil - 1, day / 30)),
                                    text: "\(topic) (\(number))", qualityArea: area,
                                    pseudonym: number % 5 == 0 ? "Brukare \(number % 97)" : nil,
                                    putForwardOn: Self.day(day))))
                    ]
                ))
            return .proposal(id, council: council)
        }
        let source = propose(3 * i, council, c, on: r)
        let id = Self.issue(i)
        var events: [IssueEvent] = [
            .opened(
                IssueOpened(
                    unitId: Self.unit(u), title: "\(topic), ärende \(i)", source: source, qualityArea: area,
                    registeredOn: Self.day(r)))
        ]
        var councils = [council]
        if i % 4 == 0 {
            events.append(.sourceLinked(IssueSourceLinked(source: propose(3 * i + 1, other, 1 - c, on: r + 1))))
            councils.append(other)
        }
        events.append(.ownerAssigned(IssueOwnerAssigned(owner: Self.owners[i % Self.owners.count])))
        let shape = (i / units) % 20  // not i % 20: with 100 units every unit would hold one shape only
        func feedback(_ occasion: FeedbackOccasion, on day: Int) {
            for council in councils {
                events.append(
                    .feedbackGiven(
                        FeedbackGiven(
                            councilId: council, occasion: occasion, channel: FeedbackChannel.allCases[i % 3],
                            givenOn: Self.day(day))))
            }
        }
        if shape >= 2 {
            events.append(.preparationStarted(IssuePreparationStarted(startedOn: Self.day(r + 5))))
            events.append(
                .participationLevelSet(
                    ParticipationLevelSet(
                        level: ParticipationLevel.allCases[i % ParticipationLevel.allCases.count],
                        reason: "Rådet har lämnat synpunkter på förslaget.")))
            if i % 2 == 1 && shape != 4 {  // handed over during preparation
                events.append(.ownerAssigned(IssueOwnerAssigned(owner: Self.owners[(i + 2) % Self.owners.count])))
            }
        }
        if shape == 4 {
            events.append(
                .withdrawn(IssueWithdrawn(reason: "Frågan löstes av en ny lag.", withdrawnOn: Self.day(r + 15))))
        }
        if (5...7).contains(shape) {
            events.append(
                .decided(
                    IssueDecided(
                        outcome: .rejected, motivation: Self.motivations[1], decidedBy: "Ledningsgruppen",
                        decidedOn: Self.day(r + 20))))
            feedback(.decision, on: r + 25)
            if shape == 5 {
                let again = propose(3 * i + 2, council, c, on: r + 60)
                events.append(
                    .reopened(
                        IssueReopened(source: again, reason: "Rådet tog upp frågan igen.", reopenedOn: Self.day(r + 61))
                    ))
                events.append(.ownerAssigned(IssueOwnerAssigned(owner: Self.owners[(i + 1) % Self.owners.count])))
            }
        }
        if shape >= 8 {
            events.append(.dueDateSet(IssueDueDateSet(dueDate: Self.day(r + 60))))
            events.append(
                .decided(
                    IssueDecided(
                        outcome: shape % 3 == 0 ? .partiallyAccepted : .accepted,
                        motivation: Self.motivations[(i / 20) % 2 == 0 ? 0 : 2 + shape % 2],
                        decidedBy: "Ledningsgruppen", decidedOn: Self.day(r + 20))))
            events.append(.dueDateSet(IssueDueDateSet(dueDate: Self.day(r + 90))))
            if shape != 10 { feedback(.decision, on: r + 25) }  // 10: the council still waits
        }
        if shape >= 11 { events.append(.workStarted(IssueWorkStarted(startedOn: Self.day(r + 30)))) }
        if shape >= 14 {
            events.append(
                .implemented(
                    IssueImplemented(
                        implementedOn: Self.day(r + 80), summary: shape % 2 == 0 ? "Genomfört enligt beslutet." : nil)))
            if shape != 16 { feedback(.implementation, on: r + 85) }
        }
        if shape >= 17 {
            events.append(.verified(IssueVerified(verifiedOn: Self.day(r + 120), note: "Följt upp med rådet.")))
        }
        return (proposals, events.map { .issue(id, $0) })
    }
}
