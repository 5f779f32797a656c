/// An issue (ärende) was opened from its first source.
package struct IssueOpened: EventPayload {
    package static let eventType = "IssueOpened"
    package static let schemaVersion = 1
    package var unitId: UnitID
    /// A short plain-language title, e.g. "Kontinuitet i kontakten med socialsekreterare".
    package var title: String
    package var source: IssueSource
    package var qualityArea: QualityArea?
    package var registeredOn: CalendarDate
    package init(
        unitId: UnitID, title: String, source: IssueSource, qualityArea: QualityArea? = nil, registeredOn: CalendarDate
    ) {
        self.unitId = unitId
        self.title = title
        self.source = source
        self.qualityArea = qualityArea
        self.registeredOn = registeredOn
    }
}

/// Another source about the same problem was linked to the issue.
package struct IssueSourceLinked: EventPayload {
    package static let eventType = "IssueSourceLinked"
    package static let schemaVersion = 1
    package var source: IssueSource
    package init(source: IssueSource) { self.source = source }
}

/// The issue got an owner (ansvarig): a role or an official.
package struct IssueOwnerAssigned: EventPayload {
    package static let eventType = "IssueOwnerAssigned"
    package static let schemaVersion = 1
    package var owner: String
    package init(owner: String) { self.owner = owner }
}

/// The issue got a due date.
package struct IssueDueDateSet: EventPayload {
    package static let eventType = "IssueDueDateSet"
    package static let schemaVersion = 1
    package var dueDate: CalendarDate
    package init(dueDate: CalendarDate) { self.dueDate = dueDate }
}

/// Preparation (beredning) of the issue began.
package struct IssuePreparationStarted: EventPayload {
    package static let eventType = "IssuePreparationStarted"
    package static let schemaVersion = 1
    package var startedOn: CalendarDate
    package init(startedOn: CalendarDate) { self.startedOn = startedOn }
}

/// The issue was decided, with a plain-language motivation and who decided.
package struct IssueDecided: EventPayload {
    package static let eventType = "IssueDecided"
    package static let schemaVersion = 1
    package var outcome: DecisionOutcome
    package var motivation: String
    package var decidedBy: String
    package var decidedOn: CalendarDate
    package init(outcome: DecisionOutcome, motivation: String, decidedBy: String, decidedOn: CalendarDate) {
        self.outcome = outcome
        self.motivation = motivation
        self.decidedBy = decidedBy
        self.decidedOn = decidedOn
    }
}

/// Work on an accepted (or partially accepted) issue began.
package struct IssueWorkStarted: EventPayload {
    package static let eventType = "IssueWorkStarted"
    package static let schemaVersion = 1
    package var startedOn: CalendarDate
    package init(startedOn: CalendarDate) { self.startedOn = startedOn }
}

/// The change was carried out.
package struct IssueImplemented: EventPayload {
    package static let eventType = "IssueImplemented"
    package static let schemaVersion = 1
    package var implementedOn: CalendarDate
    /// What was done, in plain language.
    package var summary: String?
    package init(implementedOn: CalendarDate, summary: String? = nil) {
        self.implementedOn = implementedOn
        self.summary = summary
    }
}

/// Follow-up (uppföljning) checked that the change works.
package struct IssueVerified: EventPayload {
    package static let eventType = "IssueVerified"
    package static let schemaVersion = 1
    package var verifiedOn: CalendarDate
    package var note: String?
    package init(verifiedOn: CalendarDate, note: String? = nil) {
        self.verifiedOn = verifiedOn
        self.note = note
    }
}

/// Follow-up was recorded although the council or revision group behind the issue gave no
/// brukarkvittens: the coordinator says why they were not asked or did not answer ("uppföljt utan
/// brukarkvittens").
package struct IssueVerifiedWithoutKvittens: EventPayload {
    package static let eventType = "IssueVerifiedWithoutKvittens"
    package static let schemaVersion = 1
    package var verifiedOn: CalendarDate
    package var note: String?
    /// Why there is no kvittens, e.g. "Rådet är nedlagt."
    package var reason: String
    package init(verifiedOn: CalendarDate, note: String? = nil, reason: String) {
        self.verifiedOn = verifiedOn
        self.note = note
        self.reason = reason
    }
}

/// A council (or revision group) answered whether the implemented change works as they meant:
/// kvitterat, or inte kvitterat with their words — which reopens the issue.
package struct KvittensRecorded: EventPayload {
    package static let eventType = "KvittensRecorded"
    package static let schemaVersion = 1
    package var party: KvittensParty
    package var verdict: KvittensVerdict
    /// Their words; always there when it does not hold.
    package var text: String?
    package var channel: KvittensChannel
    package var givenOn: CalendarDate
    package init(
        party: KvittensParty, verdict: KvittensVerdict, text: String? = nil, channel: KvittensChannel,
        givenOn: CalendarDate
    ) {
        self.party = party
        self.verdict = verdict
        self.text = text
        self.channel = channel
        self.givenOn = givenOn
    }

    /// The answer as the domain keeps it.
    package var kvittens: Kvittens {
        Kvittens(party: party, verdict: verdict, text: text, channel: channel, givenOn: givenOn)
    }
}

/// The issue was withdrawn, with a reason.
package struct IssueWithdrawn: EventPayload {
    package static let eventType = "IssueWithdrawn"
    package static let schemaVersion = 1
    package var reason: String
    package var withdrawnOn: CalendarDate
    package init(reason: String, withdrawnOn: CalendarDate) {
        self.reason = reason
        self.withdrawnOn = withdrawnOn
    }
}

/// The issue was merged into another (the survivor); its sources and owed feedback moved there.
package struct IssueMerged: EventPayload {
    package static let eventType = "IssueMerged"
    package static let schemaVersion = 1
    package var into: IssueID
    package var mergedOn: CalendarDate
    package init(into: IssueID, mergedOn: CalendarDate) {
        self.into = into
        self.mergedOn = mergedOn
    }
}

/// The survivor took over a merged issue's sources and owed feedback, so nothing is lost.
package struct IssueAbsorbed: EventPayload {
    package static let eventType = "IssueAbsorbed"
    package static let schemaVersion = 1
    package var from: IssueID
    package var sources: [IssueSource]
    package var feedbackOwed: [FeedbackDue]
    package init(from: IssueID, sources: [IssueSource], feedbackOwed: [FeedbackDue]) {
        self.from = from
        self.sources = sources
        self.feedbackOwed = feedbackOwed
    }
}

/// A later finding or proposal showed the problem again; the issue is open once more.
package struct IssueReopened: EventPayload {
    package static let eventType = "IssueReopened"
    package static let schemaVersion = 1
    /// The new source that found the problem again; it is linked to the issue.
    package var source: IssueSource
    package var reason: String
    package var reopenedOn: CalendarDate
    package init(source: IssueSource, reason: String, reopenedOn: CalendarDate) {
        self.source = source
        self.reason = reason
        self.reopenedOn = reopenedOn
    }
}

/// The participation level (Shier's ladder) for the issue was set or changed, with a reason.
package struct ParticipationLevelSet: EventPayload {
    package static let eventType = "ParticipationLevelSet"
    package static let schemaVersion = 1
    package var level: ParticipationLevel
    package var reason: String
    package init(level: ParticipationLevel, reason: String) {
        self.level = level
        self.reason = reason
    }
}

/// Feedback owed to a council was given.
package struct FeedbackGiven: EventPayload {
    package static let eventType = "FeedbackGiven"
    package static let schemaVersion = 1
    package var councilId: CouncilID
    package var occasion: FeedbackOccasion
    package var channel: FeedbackChannel
    package var givenOn: CalendarDate
    package init(councilId: CouncilID, occasion: FeedbackOccasion, channel: FeedbackChannel, givenOn: CalendarDate) {
        self.councilId = councilId
        self.occasion = occasion
        self.channel = channel
        self.givenOn = givenOn
    }
}

/// Everything that can happen to an issue.
package enum IssueEvent: Equatable, Sendable {
    case opened(IssueOpened)
    case sourceLinked(IssueSourceLinked)
    case ownerAssigned(IssueOwnerAssigned)
    case dueDateSet(IssueDueDateSet)
    case preparationStarted(IssuePreparationStarted)
    case decided(IssueDecided)
    case workStarted(IssueWorkStarted)
    case implemented(IssueImplemented)
    case verified(IssueVerified)
    case verifiedWithoutKvittens(IssueVerifiedWithoutKvittens)
    case kvittensRecorded(KvittensRecorded)
    case withdrawn(IssueWithdrawn)
    case merged(IssueMerged)
    case absorbed(IssueAbsorbed)
    case reopened(IssueReopened)
    case participationLevelSet(ParticipationLevelSet)
    case feedbackGiven(FeedbackGiven)
    case reminderSent(IssueReminderSent)
    case escalationSent(IssueEscalationSent)
    case retitled(IssueRetitled)
    case decisionCorrected(IssueDecisionCorrected)
    case dueDateCorrected(IssueDueDateCorrected)
    case ownerCorrected(IssueOwnerCorrected)

    /// What a policy did about the issue, if this event records that.
    package var policyEffect: (kind: PolicyEffectKind, record: PolicyEffectRecord)? {
        switch self {
        case .reminderSent(let e): (.reminder, e.effect)
        case .escalationSent(let e): (.escalation, e.effect)
        default: nil
        }
    }

    /// Whether the event is work on the issue: what "senast hänt" (`last_event_at`) and staleness
    /// count, everywhere they are told (issue list and show, the `stale` policy, the reminders' and
    /// ledningen's "inget har hänt sedan").
    ///
    /// Work is what a person does about the issue: registering it, linking a new source, an owner, a
    /// due date, preparation, a decision, the work and its carrying out, follow-up, withdrawal, a merge,
    /// reopening, a council's kvittens, the participation level, corrections of the decision, the due
    /// date and the owner (a title's correction is not), and feedback a person gave — at a meeting, or in a letter
    /// they wrote and recorded (`issue feedback`).
    ///
    /// The loop's own messages are not work: a reminder, an escalation to ledningen, and the feedback a
    /// monthly digest gave when the daemon delivered it (channel `digest`). Counting them would let the
    /// loop's talking hide that nothing is done: a stalled issue whose council got a digest would look
    /// active, and ledningen's letter would stop saying that nothing has happened.
    ///
    /// The switch names every case, so a new event must be decided here.
    package var isActivity: Bool {
        switch self {
        case .opened, .sourceLinked, .ownerAssigned, .dueDateSet, .preparationStarted, .decided, .workStarted,
            .implemented, .verified, .verifiedWithoutKvittens, .kvittensRecorded, .withdrawn, .merged, .absorbed,
            .reopened, .participationLevelSet, .decisionCorrected, .dueDateCorrected, .ownerCorrected:
            true
        // Putting a title right is not work on the problem: a stale issue stays stale.
        case .retitled:
            false
        case .feedbackGiven(let e):
            switch e.channel {
            case .meeting, .letter: true
            case .digest: false
            }
        case .reminderSent, .escalationSent:
            false
        }
    }
}
