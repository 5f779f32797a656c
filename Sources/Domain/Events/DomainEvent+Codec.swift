import Foundation

extension DomainEvent {
    /// Every (eventType, schemaVersion) this module can read, in a stable order.
    package static var catalogue: [EventTypeVersion] { registry.map(\.key) }

    /// Encodes the event for the store: its type name, schema version and JSON data.
    ///
    /// The JSON holds the payload's fields plus the aggregate id under `unitId`, `councilId`,
    /// `proposalId`, `revisionId`, `certificationId` or `issueId`; keys are sorted, nil optionals omitted,
    /// dates are `"YYYY-MM-DD"`.
    package func encode() throws(EventCodecError) -> (eventType: String, schemaVersion: Int, data: Data) {
        let data: Data
        do {
            switch self {
            case .unit(let id, let e): data = try Self.encodeEnvelope(id, e.payload)
            case .council(let id, let e): data = try Self.encodeEnvelope(id, e.payload)
            case .proposal(let id, let e): data = try Self.encodeEnvelope(id, e.payload)
            case .revision(let id, let e): data = try Self.encodeEnvelope(id, e.payload)
            case .certification(let id, let e): data = try Self.encodeEnvelope(id, e.payload)
            case .issue(let id, let e): data = try Self.encodeEnvelope(id, e.payload)
            case .mail(let id, let e): data = try Self.encodeEnvelope(id, e.payload)
            case .contacts(let id, let e): data = try Self.encodeEnvelope(id, e.payload)
            case .schedule(let id, let e): data = try Self.encodeEnvelope(id, e.payload)
            case .digest(let id, let e): data = try Self.encodeEnvelope(id, e.payload)
            case .erasure(let id, let e): data = try Self.encodeEnvelope(id, e.payload)
            case .inbound(let id, let e): data = try Self.encodeEnvelope(id, e.payload)
            }
        } catch {
            throw .encodingFailed(eventType: eventType, reason: String(describing: error))
        }
        return (eventType, schemaVersion, data)
    }

    /// Decodes an event read from the store. Unknown type or version, or JSON that does not fit,
    /// is a typed error naming the type and version.
    package static func decode(eventType: String, schemaVersion: Int, data: Data) throws(EventCodecError) -> DomainEvent
    {
        try decode(eventType: eventType, schemaVersion: schemaVersion, data: data, with: .stored)
    }

    /// How stored JSON is read: ``StoredJSONDecoder`` (what the program uses), or Foundation's
    /// `JSONDecoder` — kept so tests and the bench compare the two on the same events.
    package enum JSONReading: Sendable {
        case stored
        case foundation
    }

    /// ``decode(eventType:schemaVersion:data:)`` through the given reader.
    package static func decode(eventType: String, schemaVersion: Int, data: Data, with reading: JSONReading)
        throws(EventCodecError) -> DomainEvent
    {
        let key = EventTypeVersion(eventType, schemaVersion)
        guard let entry = registryByKey[key] else {
            throw .unknownEvent(eventType: eventType, schemaVersion: schemaVersion)
        }
        do {
            switch reading {
            case .stored: return try entry.decode(data)
            case .foundation: return try entry.decodeWithFoundation(data)
            }
        } catch {
            throw .malformedData(eventType: eventType, schemaVersion: schemaVersion, reason: String(describing: error))
        }
    }

    /// The stream prefix each event type belongs to (e.g. `"IssueDecided"` → `"issue"`).
    package static func streamPrefix(of eventType: String) -> String? {
        registry.first { $0.key.eventType == eventType }?.streamPrefix
    }

    // MARK: - Registry

    struct Entry: Sendable {
        let key: EventTypeVersion
        let streamPrefix: String
        let decode: @Sendable (Data) throws -> DomainEvent
        let decodeWithFoundation: @Sendable (Data) throws -> DomainEvent

        /// - Parameter version: an older version whose JSON the current type reads as it is (the version
        ///   after it only added a key that may be absent); the current version when `nil`.
        init<K: StreamIdentifierKind, P: EventPayload>(
            _ payload: P.Type, _ kind: K.Type, version: Int? = nil,
            _ wrap: @escaping @Sendable (Identifier<K>, P) -> DomainEvent
        ) {
            key = EventTypeVersion(P.eventType, version ?? P.schemaVersion)
            streamPrefix = K.streamPrefix
            decode = { data in
                let envelope = try StoredJSONDecoder.decode(Envelope<K, P>.self, from: data)
                return wrap(envelope.id, envelope.payload)
            }
            decodeWithFoundation = { data in
                let envelope = try JSONDecoder().decode(Envelope<K, P>.self, from: data)
                return wrap(envelope.id, envelope.payload)
            }
        }
    }

    /// One entry per type and version. A new schema version adds an entry whose decoder upcasts the
    /// old shape to the current event; old entries are never removed.
    static let registry: [Entry] = [
        Entry(UnitRegistered.self, UnitKind.self) { .unit($0, .registered($1)) },
        Entry(UnitRenamed.self, UnitKind.self) { .unit($0, .renamed($1)) },
        Entry(CouncilCreated.self, CouncilKind.self) { .council($0, .created($1)) },
        Entry(CouncilMeetingHeld.self, CouncilKind.self) { .council($0, .meetingHeld($1)) },
        Entry(ProposalPutForward.self, ProposalKind.self) { .proposal($0, .putForward($1)) },
        Entry(ProposalWithdrawn.self, ProposalKind.self) { .proposal($0, .withdrawn($1)) },
        Entry(RevisionPlanned.self, RevisionKind.self) { .revision($0, .planned($1)) },
        Entry(RevisionReportPublished.self, RevisionKind.self) { .revision($0, .reportPublished($1)) },
        Entry(FindingRecorded.self, RevisionKind.self) { .revision($0, .findingRecorded($1)) },
        Entry(CertificationStarted.self, CertificationKind.self) { .certification($0, .started($1)) },
        Entry(QualityAreaAssessed.self, CertificationKind.self) { .certification($0, .areaAssessed($1)) },
        Entry(ActionItemAdded.self, CertificationKind.self) { .certification($0, .actionItemAdded($1)) },
        Entry(ActionPlanAdopted.self, CertificationKind.self) { .certification($0, .planAdopted($1)) },
        Entry(UnitCertified.self, CertificationKind.self) { .certification($0, .certified($1)) },
        Entry(CertificationReminderSent.self, CertificationKind.self) { .certification($0, .reminderSent($1)) },
        Entry(CertificationEscalationSent.self, CertificationKind.self) { .certification($0, .escalationSent($1)) },
        Entry(IssueOpened.self, IssueKind.self) { .issue($0, .opened($1)) },
        Entry(IssueSourceLinked.self, IssueKind.self) { .issue($0, .sourceLinked($1)) },
        Entry(IssueOwnerAssigned.self, IssueKind.self) { .issue($0, .ownerAssigned($1)) },
        Entry(IssueDueDateSet.self, IssueKind.self) { .issue($0, .dueDateSet($1)) },
        Entry(IssuePreparationStarted.self, IssueKind.self) { .issue($0, .preparationStarted($1)) },
        Entry(IssueDecided.self, IssueKind.self) { .issue($0, .decided($1)) },
        Entry(IssueWorkStarted.self, IssueKind.self) { .issue($0, .workStarted($1)) },
        Entry(IssueImplemented.self, IssueKind.self) { .issue($0, .implemented($1)) },
        Entry(IssueVerified.self, IssueKind.self) { .issue($0, .verified($1)) },
        Entry(IssueWithdrawn.self, IssueKind.self) { .issue($0, .withdrawn($1)) },
        Entry(IssueMerged.self, IssueKind.self) { .issue($0, .merged($1)) },
        Entry(IssueAbsorbed.self, IssueKind.self) { .issue($0, .absorbed($1)) },
        Entry(IssueReopened.self, IssueKind.self) { .issue($0, .reopened($1)) },
        Entry(ParticipationLevelSet.self, IssueKind.self) { .issue($0, .participationLevelSet($1)) },
        Entry(FeedbackGiven.self, IssueKind.self) { .issue($0, .feedbackGiven($1)) },
        Entry(IssueReminderSent.self, IssueKind.self) { .issue($0, .reminderSent($1)) },
        Entry(IssueEscalationSent.self, IssueKind.self) { .issue($0, .escalationSent($1)) },
        Entry(IssueVerifiedWithoutKvittens.self, IssueKind.self) { .issue($0, .verifiedWithoutKvittens($1)) },
        Entry(KvittensRecorded.self, IssueKind.self) { .issue($0, .kvittensRecorded($1)) },
        Entry(IssueRetitled.self, IssueKind.self) { .issue($0, .retitled($1)) },
        Entry(IssueDecisionCorrected.self, IssueKind.self) { .issue($0, .decisionCorrected($1)) },
        Entry(IssueDueDateCorrected.self, IssueKind.self) { .issue($0, .dueDateCorrected($1)) },
        Entry(IssueOwnerCorrected.self, IssueKind.self) { .issue($0, .ownerCorrected($1)) },
        Entry(ProposalAmended.self, ProposalKind.self) { .proposal($0, .amended($1)) },
        Entry(ProposalAreaSet.self, ProposalKind.self) { .proposal($0, .areaSet($1)) },
        Entry(CouncilMeetingDateCorrected.self, CouncilKind.self) { .council($0, .meetingDateCorrected($1)) },
        Entry(MailQueued.self, MailKind.self, version: 1) { .mail($0, .queued($1)) },
        Entry(MailQueued.self, MailKind.self) { .mail($0, .queued($1)) },
        Entry(MailDelivered.self, MailKind.self) { .mail($0, .delivered($1)) },
        Entry(MailDeliveryFailed.self, MailKind.self) { .mail($0, .deliveryFailed($1)) },
        Entry(MailHeld.self, MailKind.self) { .mail($0, .held($1)) },
        Entry(MailGivenUp.self, MailKind.self) { .mail($0, .givenUp($1)) },
        Entry(MailRetryRequested.self, MailKind.self) { .mail($0, .retryRequested($1)) },
        Entry(ContactSet.self, ContactDirectoryKind.self) { .contacts($0, .set($1)) },
        Entry(ContactRemoved.self, ContactDirectoryKind.self) { .contacts($0, .removed($1)) },
        Entry(PoliciesRan.self, PolicyScheduleKind.self) { .schedule($0, .ran($1)) },
        Entry(DigestsRan.self, PolicyScheduleKind.self) { .schedule($0, .digestsRan($1)) },
        Entry(DigestSent.self, DigestKind.self) { .digest($0, .sent($1)) },
        Entry(DigestFeedbackRecorded.self, DigestKind.self) { .digest($0, .feedbackRecorded($1)) },
        Entry(TextRedacted.self, ErasureKind.self) { .erasure($0, .textRedacted($1)) },
        Entry(InboundMailReceived.self, InboundMailKind.self) { .inbound($0, .received($1)) },
    ]

    /// The store's upcasters, by type and the version they turn into the next one: what
    /// `EventTypeRegistry` runs before ``decode(eventType:schemaVersion:data:)`` sees an old event.
    package static let upcasters: [String: [Int: @Sendable (Data) throws -> Data]] = [
        MailQueued.eventType: [1: MailQueued.upcastVersion1]
    ]

    static let registryByKey: [EventTypeVersion: Entry] = Dictionary(
        uniqueKeysWithValues: registry.map { ($0.key, $0) })

    private static func encodeEnvelope<K: StreamIdentifierKind>(_ id: Identifier<K>, _ payload: some EventPayload)
        throws -> Data
    {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Envelope(id: id, payload: payload))
    }
}

/// The JSON of one event: the payload's fields with the aggregate id beside them.
struct Envelope<K: StreamIdentifierKind, P: EventPayload>: Codable {
    var id: Identifier<K>
    var payload: P

    /// `"issueId"`, `"unitId"`, … from the stream prefix.
    static var idKey: IDKey { IDKey(stringValue: K.streamPrefix + "Id") }

    struct IDKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(id: Identifier<K>, payload: P) {
        self.id = id
        self.payload = payload
    }

    init(from decoder: any Decoder) throws {
        id = try decoder.container(keyedBy: IDKey.self).decode(Identifier<K>.self, forKey: Self.idKey)
        payload = try P(from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        try payload.encode(to: encoder)
        var container = encoder.container(keyedBy: IDKey.self)
        try container.encode(id, forKey: Self.idKey)
    }
}
