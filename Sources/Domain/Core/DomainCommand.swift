/// Any command of the domain, addressed to one aggregate instance (one stream).
///
/// A command handler: read `streamName`'s events, decode them, call `decide(history:context:)`,
/// append the result with the stream's version as expected version.
package enum DomainCommand: Equatable, Sendable {
    case unit(UnitID, UnitCommand)
    case council(CouncilID, CouncilCommand)
    case proposal(ProposalID, ProposalCommand)
    case revision(RevisionID, RevisionCommand)
    case certification(CertificationID, CertificationCommand)
    case issue(IssueID, IssueCommand)
    case mail(MailID, MailCommand)
    case contacts(ContactDirectoryID, ContactCommand)
    case schedule(PolicyScheduleID, PolicyScheduleAggregate.Command)
    case digest(DigestID, DigestAggregate.Command)

    /// The stream the command reads and appends to.
    package var streamName: String {
        switch self {
        case .unit(let id, _): id.streamName
        case .council(let id, _): id.streamName
        case .proposal(let id, _): id.streamName
        case .revision(let id, _): id.streamName
        case .certification(let id, _): id.streamName
        case .issue(let id, _): id.streamName
        case .mail(let id, _): id.streamName
        case .contacts(let id, _): id.streamName
        case .schedule(let id, _): id.streamName
        case .digest(let id, _): id.streamName
        }
    }

    /// Folds the stream's history and decides. Events of other streams in `history` are ignored.
    package func decide(history: [DomainEvent], context: DecisionContext) throws(DomainError) -> [DomainEvent] {
        switch self {
        case .unit(let id, let command):
            let events = history.compactMap { if case .unit(id, let e) = $0 { e } else { nil } }
            return try UnitAggregate.decide(command, UnitAggregate.replay(events), context).map { .unit(id, $0) }
        case .council(let id, let command):
            let events = history.compactMap { if case .council(id, let e) = $0 { e } else { nil } }
            return try CouncilAggregate.decide(command, CouncilAggregate.replay(events), context).map {
                .council(id, $0)
            }
        case .proposal(let id, let command):
            let events = history.compactMap { if case .proposal(id, let e) = $0 { e } else { nil } }
            return try ProposalAggregate.decide(command, ProposalAggregate.replay(events), context).map {
                .proposal(id, $0)
            }
        case .revision(let id, let command):
            let events = history.compactMap { if case .revision(id, let e) = $0 { e } else { nil } }
            return try RevisionAggregate.decide(command, RevisionAggregate.replay(events), context).map {
                .revision(id, $0)
            }
        case .certification(let id, let command):
            let events = history.compactMap { if case .certification(id, let e) = $0 { e } else { nil } }
            return try CertificationAggregate.decide(command, CertificationAggregate.replay(events), context).map {
                .certification(id, $0)
            }
        case .issue(let id, let command):
            let events = history.compactMap { if case .issue(id, let e) = $0 { e } else { nil } }
            return try IssueAggregate.decide(command, IssueAggregate.replay(events), context).map { .issue(id, $0) }
        case .mail(let id, let command):
            let events = history.compactMap { if case .mail(id, let e) = $0 { e } else { nil } }
            return try MailAggregate.decide(command, MailAggregate.replay(events), context).map { .mail(id, $0) }
        case .contacts(let id, let command):
            let events = history.compactMap { if case .contacts(id, let e) = $0 { e } else { nil } }
            return try ContactDirectoryAggregate.decide(command, ContactDirectoryAggregate.replay(events), context)
                .map { .contacts(id, $0) }
        case .schedule(let id, let command):
            let events = history.compactMap { if case .schedule(id, let e) = $0 { e } else { nil } }
            return try PolicyScheduleAggregate.decide(command, PolicyScheduleAggregate.replay(events), context)
                .map { .schedule(id, $0) }
        case .digest(let id, let command):
            let events = history.compactMap { if case .digest(id, let e) = $0 { e } else { nil } }
            return try DigestAggregate.decide(command, DigestAggregate.replay(events), context).map { .digest(id, $0) }
        }
    }
}
