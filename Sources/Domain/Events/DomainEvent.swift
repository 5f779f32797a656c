/// Any event of the domain, tagged with the aggregate instance (and so the stream) it belongs to.
///
/// This is the one type the event store and projections need: it knows its stream name, its stable
/// type name and schema version, and encodes to / decodes from JSON (see `DomainEvent+Codec`).
package enum DomainEvent: Equatable, Sendable {
    case unit(UnitID, UnitEvent)
    case council(CouncilID, CouncilEvent)
    case proposal(ProposalID, ProposalEvent)
    case revision(RevisionID, RevisionEvent)
    case certification(CertificationID, CertificationEvent)
    case issue(IssueID, IssueEvent)
    case mail(MailID, MailEvent)
    case contacts(ContactDirectoryID, ContactEvent)
    case schedule(PolicyScheduleID, PolicyScheduleEvent)
    case digest(DigestID, DigestEvent)
    case erasure(ErasureID, ErasureEvent)
    case inbound(InboundMailID, InboundMailEvent)

    /// The stream the event is appended to, e.g. `"issue-<uuid>"`.
    package var streamName: String { parts.streamName }

    /// The event's data, whose type carries the stable name and version.
    package var payload: any EventPayload { parts.payload }

    /// The stream and the data, from one switch over the aggregates.
    private var parts: (streamName: String, payload: any EventPayload) {
        switch self {
        case .unit(let id, let e): (id.streamName, e.payload)
        case .council(let id, let e): (id.streamName, e.payload)
        case .proposal(let id, let e): (id.streamName, e.payload)
        case .revision(let id, let e): (id.streamName, e.payload)
        case .certification(let id, let e): (id.streamName, e.payload)
        case .issue(let id, let e): (id.streamName, e.payload)
        case .mail(let id, let e): (id.streamName, e.payload)
        case .contacts(let id, let e): (id.streamName, e.payload)
        case .schedule(let id, let e): (id.streamName, e.payload)
        case .digest(let id, let e): (id.streamName, e.payload)
        case .erasure(let id, let e): (id.streamName, e.payload)
        case .inbound(let id, let e): (id.streamName, e.payload)
        }
    }

    /// Stable type name, e.g. `"IssueDecided"`.
    package var eventType: String { type(of: payload).eventType }

    /// Schema version of the event's data.
    package var schemaVersion: Int { type(of: payload).schemaVersion }

    /// An erasure: it rewrote recorded events, so whatever was derived from them is derived again.
    package var isErasure: Bool {
        if case .erasure = self { true } else { false }
    }
}

extension UnitEvent {
    package var payload: any EventPayload {
        switch self {
        case .registered(let p): p
        case .renamed(let p): p
        }
    }
}

extension CouncilEvent {
    package var payload: any EventPayload {
        switch self {
        case .created(let p): p
        case .meetingHeld(let p): p
        case .meetingDateCorrected(let p): p
        }
    }
}

extension ProposalEvent {
    package var payload: any EventPayload {
        switch self {
        case .putForward(let p): p
        case .withdrawn(let p): p
        case .amended(let p): p
        case .areaSet(let p): p
        }
    }
}

extension RevisionEvent {
    package var payload: any EventPayload {
        switch self {
        case .planned(let p): p
        case .reportPublished(let p): p
        case .findingRecorded(let p): p
        }
    }
}

extension CertificationEvent {
    package var payload: any EventPayload {
        switch self {
        case .started(let p): p
        case .areaAssessed(let p): p
        case .actionItemAdded(let p): p
        case .planAdopted(let p): p
        case .certified(let p): p
        case .reminderSent(let p): p
        case .escalationSent(let p): p
        }
    }
}

extension IssueEvent {
    package var payload: any EventPayload {
        switch self {
        case .opened(let p): p
        case .sourceLinked(let p): p
        case .ownerAssigned(let p): p
        case .dueDateSet(let p): p
        case .preparationStarted(let p): p
        case .decided(let p): p
        case .workStarted(let p): p
        case .implemented(let p): p
        case .verified(let p): p
        case .verifiedWithoutKvittens(let p): p
        case .kvittensRecorded(let p): p
        case .withdrawn(let p): p
        case .merged(let p): p
        case .absorbed(let p): p
        case .reopened(let p): p
        case .participationLevelSet(let p): p
        case .feedbackGiven(let p): p
        case .reminderSent(let p): p
        case .escalationSent(let p): p
        case .retitled(let p): p
        case .decisionCorrected(let p): p
        case .dueDateCorrected(let p): p
        case .ownerCorrected(let p): p
        }
    }
}
