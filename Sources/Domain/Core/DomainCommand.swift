/// Any command of the domain, addressed to one aggregate instance (one stream).
///
/// The write path reads ``streamName``'s events, decodes them, calls ``decide(history:context:)`` and
/// appends the result with the stream's version as expected version.
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
    case erasure(ErasureID, RedactText)
    case inbound(InboundMailID, InboundMailAggregate.Command)

    /// The command as its aggregate's: the one place a case is paired with its aggregate.
    package var addressed: any AddressedCommand {
        switch self {
        case .unit(let id, let command): Addressed<UnitAggregate>(id, command)
        case .council(let id, let command): Addressed<CouncilAggregate>(id, command)
        case .proposal(let id, let command): Addressed<ProposalAggregate>(id, command)
        case .revision(let id, let command): Addressed<RevisionAggregate>(id, command)
        case .certification(let id, let command): Addressed<CertificationAggregate>(id, command)
        case .issue(let id, let command): Addressed<IssueAggregate>(id, command)
        case .mail(let id, let command): Addressed<MailAggregate>(id, command)
        case .contacts(let id, let command): Addressed<ContactDirectoryAggregate>(id, command)
        case .schedule(let id, let command): Addressed<PolicyScheduleAggregate>(id, command)
        case .digest(let id, let command): Addressed<DigestAggregate>(id, command)
        case .erasure(let id, let command): Addressed<ErasureAggregate>(id, command)
        case .inbound(let id, let command): Addressed<InboundMailAggregate>(id, command)
        }
    }

    /// The stream the command reads and appends to.
    package var streamName: String { addressed.streamName }

    /// Folds the stream's history and decides. Events of other streams in `history` are ignored.
    package func decide(history: [DomainEvent], context: DecisionContext) throws(DomainError) -> [DomainEvent] {
        try addressed.decide(history: history, context: context)
    }
}

/// A command of some aggregate, addressed to one of its instances, seen without its aggregate's types.
package protocol AddressedCommand: Sendable {
    /// The instance's stream.
    var streamName: String { get }
    /// Folds the instance's events in `history` and decides.
    func decide(history: [DomainEvent], context: DecisionContext) throws(DomainError) -> [DomainEvent]
}

/// A command of aggregate `A` for instance `id`.
package struct Addressed<A: Aggregate>: AddressedCommand {
    package let id: A.ID
    package let command: A.Command

    package init(_ id: A.ID, _ command: A.Command) {
        self.id = id
        self.command = command
    }

    package var streamName: String { A.streamName(id) }

    package func decide(history: [DomainEvent], context: DecisionContext) throws(DomainError) -> [DomainEvent] {
        try A.decide(command, A.replay(history, of: id), context).map { A.domainEvent(id, $0) }
    }
}
