/// How each aggregate's events travel as ``DomainEvent``s: the one place that pairs an aggregate with
/// its case of the domain's event enum (see ``Aggregate/domainEvent(_:_:)`` and ``Aggregate/own(_:)``).

extension UnitAggregate {
    package static func domainEvent(_ id: ID, _ event: Event) -> DomainEvent { .unit(id, event) }
    package static func own(_ event: DomainEvent) -> (id: ID, event: Event)? {
        if case .unit(let id, let event) = event { (id, event) } else { nil }
    }
}

extension CouncilAggregate {
    package static func domainEvent(_ id: ID, _ event: Event) -> DomainEvent { .council(id, event) }
    package static func own(_ event: DomainEvent) -> (id: ID, event: Event)? {
        if case .council(let id, let event) = event { (id, event) } else { nil }
    }
}

extension ProposalAggregate {
    package static func domainEvent(_ id: ID, _ event: Event) -> DomainEvent { .proposal(id, event) }
    package static func own(_ event: DomainEvent) -> (id: ID, event: Event)? {
        if case .proposal(let id, let event) = event { (id, event) } else { nil }
    }
}

extension RevisionAggregate {
    package static func domainEvent(_ id: ID, _ event: Event) -> DomainEvent { .revision(id, event) }
    package static func own(_ event: DomainEvent) -> (id: ID, event: Event)? {
        if case .revision(let id, let event) = event { (id, event) } else { nil }
    }
}

extension CertificationAggregate {
    package static func domainEvent(_ id: ID, _ event: Event) -> DomainEvent { .certification(id, event) }
    package static func own(_ event: DomainEvent) -> (id: ID, event: Event)? {
        if case .certification(let id, let event) = event { (id, event) } else { nil }
    }
}

extension IssueAggregate {
    package static func domainEvent(_ id: ID, _ event: Event) -> DomainEvent { .issue(id, event) }
    package static func own(_ event: DomainEvent) -> (id: ID, event: Event)? {
        if case .issue(let id, let event) = event { (id, event) } else { nil }
    }
}

extension MailAggregate {
    package static func domainEvent(_ id: ID, _ event: Event) -> DomainEvent { .mail(id, event) }
    package static func own(_ event: DomainEvent) -> (id: ID, event: Event)? {
        if case .mail(let id, let event) = event { (id, event) } else { nil }
    }
}

extension ContactDirectoryAggregate {
    package static func domainEvent(_ id: ID, _ event: Event) -> DomainEvent { .contacts(id, event) }
    package static func own(_ event: DomainEvent) -> (id: ID, event: Event)? {
        if case .contacts(let id, let event) = event { (id, event) } else { nil }
    }
}

extension PolicyScheduleAggregate {
    package static func domainEvent(_ id: ID, _ event: Event) -> DomainEvent { .schedule(id, event) }
    package static func own(_ event: DomainEvent) -> (id: ID, event: Event)? {
        if case .schedule(let id, let event) = event { (id, event) } else { nil }
    }
}

extension DigestAggregate {
    package static func domainEvent(_ id: ID, _ event: Event) -> DomainEvent { .digest(id, event) }
    package static func own(_ event: DomainEvent) -> (id: ID, event: Event)? {
        if case .digest(let id, let event) = event { (id, event) } else { nil }
    }
}

extension ErasureAggregate {
    package static func domainEvent(_ id: ID, _ event: Event) -> DomainEvent { .erasure(id, event) }
    package static func own(_ event: DomainEvent) -> (id: ID, event: Event)? {
        if case .erasure(let id, let event) = event { (id, event) } else { nil }
    }
}

extension InboundMailAggregate {
    package static func domainEvent(_ id: ID, _ event: Event) -> DomainEvent { .inbound(id, event) }
    package static func own(_ event: DomainEvent) -> (id: ID, event: Event)? {
        if case .inbound(let id, let event) = event { (id, event) } else { nil }
    }
}
