import Demo
import Domain
import Foundation

/// Handles demo steps the way the command handler does, without a database: one history per stream,
/// `DomainCommand.decide` with the step's instant, merges decided on both sides at once, and the
/// references the handler checks (unit, council meeting, issue sources) must exist.
struct InMemoryDemo {
    struct Refused: Error, CustomStringConvertible {
        var step: Int
        var reason: String
        var description: String { "step \(step): \(reason)" }
    }

    let timeZone: TimeZone
    private(set) var streams: [String: [DomainEvent]] = [:]

    init(timeZone: TimeZone = .stockholm) { self.timeZone = timeZone }

    /// Replays every step of `scenario`.
    static func replay(_ scenario: DemoScenario, timeZone: TimeZone = .stockholm) throws -> InMemoryDemo {
        var demo = InMemoryDemo(timeZone: timeZone)
        for (number, step) in scenario.steps.enumerated() { try demo.handle(step, number: number) }
        return demo
    }

    mutating func handle(_ step: DemoStep, number: Int) throws {
        let context = DecisionContext(now: step.at, timeZone: timeZone)
        if let missing = missingReference(step.command) {
            throw Refused(step: number, reason: "\(missing) does not exist (\(step.command))")
        }
        do {
            if case .issue(let merged, .mergeInto(let survivor)) = step.command {
                let decided = try IssueAggregate.merge(
                    merged, issueState(merged), into: survivor, issueState(survivor), context)
                streams[merged.streamName, default: []] += decided.merged.map { .issue(merged, $0) }
                streams[survivor.streamName, default: []] += decided.survivor.map { .issue(survivor, $0) }
                return
            }
            let stream = step.command.streamName
            streams[stream, default: []] += try step.command.decide(history: streams[stream] ?? [], context: context)
        } catch {
            throw Refused(step: number, reason: "\(error) (\(step.command))")
        }
    }

    func issueState(_ id: IssueID) -> IssueState? {
        IssueAggregate.replay(events(id.streamName) { if case .issue(_, let e) = $0 { e } else { nil } })
    }

    func proposalState(_ id: ProposalID) -> ProposalState? {
        ProposalAggregate.replay(events(id.streamName) { if case .proposal(_, let e) = $0 { e } else { nil } })
    }

    func councilState(_ id: CouncilID) -> CouncilState? {
        CouncilAggregate.replay(events(id.streamName) { if case .council(_, let e) = $0 { e } else { nil } })
    }

    func revisionState(_ id: RevisionID) -> RevisionState? {
        RevisionAggregate.replay(events(id.streamName) { if case .revision(_, let e) = $0 { e } else { nil } })
    }

    func certificationState(_ id: CertificationID) -> CertificationState? {
        CertificationAggregate.replay(
            events(id.streamName) { if case .certification(_, let e) = $0 { e } else { nil } })
    }

    /// Every issue's final state, by id.
    var issues: [IssueID: IssueState] {
        var result: [IssueID: IssueState] = [:]
        for events in streams.values {
            guard case .issue(let id, _) = events.first, let state = issueState(id) else { continue }
            result[id] = state
        }
        return result
    }

    private func events<Event>(_ stream: String, _ select: (DomainEvent) -> Event?) -> [Event] {
        (streams[stream] ?? []).compactMap(select)
    }

    private func missingReference(_ command: DomainCommand) -> String? {
        switch command {
        case .council(_, .create(let unit, _, _)), .revision(_, .plan(let unit, _, _, _)),
            .certification(_, .start(let unit, _, _)):
            return streams[unit.streamName] == nil ? "unit \(unit)" : nil
        case .proposal(_, .putForward(let council, let meeting, _, _, _)):
            guard let state = councilState(council) else { return "council \(council)" }
            if let meeting, !state.hasMeeting(meeting) { return "meeting \(meeting)" }
            return nil
        case .issue(_, .open(let unit, _, let source, _)):
            return streams[unit.streamName] == nil ? "unit \(unit)" : missingSource(source)
        case .issue(_, .linkSource(let source)), .issue(_, .reopen(let source, _)):
            return missingSource(source)
        default:
            return nil
        }
    }

    private func missingSource(_ source: IssueSource) -> String? {
        switch source {
        case .proposal(let id, let council):
            return proposalState(id)?.councilId == council ? nil : "proposal \(id) of council \(council)"
        case .finding(let id, let revision):
            return revisionState(revision)?.finding(id) != nil ? nil : "finding \(id)"
        case .actionItem(let id, let certification):
            return certificationState(certification)?.actionItems.contains { $0.id == id } == true
                ? nil : "action item \(id)"
        }
    }
}
