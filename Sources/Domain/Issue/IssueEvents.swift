/// An issue (ärende) was opened from its first source.
public struct IssueOpened: EventPayload {
    public static let eventType = "IssueOpened"
    public static let schemaVersion = 1
    public var unitId: UnitID
    /// A short plain-language title, e.g. "Kontinuitet i kontakten med socialsekreterare".
    public var title: String
    public var source: IssueSource
    public var qualityArea: QualityArea?
    public var registeredOn: CalendarDate
    public init(unitId: UnitID, title: String, source: IssueSource, qualityArea: QualityArea? = nil, registeredOn: CalendarDate) {
        self.unitId = unitId
        self.title = title
        self.source = source
        self.qualityArea = qualityArea
        self.registeredOn = registeredOn
    }
}

/// Another source about the same problem was linked to the issue.
public struct IssueSourceLinked: EventPayload {
    public static let eventType = "IssueSourceLinked"
    public static let schemaVersion = 1
    public var source: IssueSource
    public init(source: IssueSource) { self.source = source }
}

/// The issue got an owner (ansvarig): a role or an official.
public struct IssueOwnerAssigned: EventPayload {
    public static let eventType = "IssueOwnerAssigned"
    public static let schemaVersion = 1
    public var owner: String
    public init(owner: String) { self.owner = owner }
}

/// The issue got a due date.
public struct IssueDueDateSet: EventPayload {
    public static let eventType = "IssueDueDateSet"
    public static let schemaVersion = 1
    public var dueDate: CalendarDate
    public init(dueDate: CalendarDate) { self.dueDate = dueDate }
}

/// Preparation (beredning) of the issue began.
public struct IssuePreparationStarted: EventPayload {
    public static let eventType = "IssuePreparationStarted"
    public static let schemaVersion = 1
    public var startedOn: CalendarDate
    public init(startedOn: CalendarDate) { self.startedOn = startedOn }
}

/// The issue was decided, with a plain-language motivation and who decided.
public struct IssueDecided: EventPayload {
    public static let eventType = "IssueDecided"
    public static let schemaVersion = 1
    public var outcome: DecisionOutcome
    public var motivation: String
    public var decidedBy: String
    public var decidedOn: CalendarDate
    public init(outcome: DecisionOutcome, motivation: String, decidedBy: String, decidedOn: CalendarDate) {
        self.outcome = outcome
        self.motivation = motivation
        self.decidedBy = decidedBy
        self.decidedOn = decidedOn
    }
}

/// Work on an accepted (or partially accepted) issue began.
public struct IssueWorkStarted: EventPayload {
    public static let eventType = "IssueWorkStarted"
    public static let schemaVersion = 1
    public var startedOn: CalendarDate
    public init(startedOn: CalendarDate) { self.startedOn = startedOn }
}

/// The change was carried out.
public struct IssueImplemented: EventPayload {
    public static let eventType = "IssueImplemented"
    public static let schemaVersion = 1
    public var implementedOn: CalendarDate
    /// What was done, in plain language.
    public var summary: String?
    public init(implementedOn: CalendarDate, summary: String? = nil) {
        self.implementedOn = implementedOn
        self.summary = summary
    }
}

/// Follow-up (uppföljning) checked that the change works.
public struct IssueVerified: EventPayload {
    public static let eventType = "IssueVerified"
    public static let schemaVersion = 1
    public var verifiedOn: CalendarDate
    public var note: String?
    public init(verifiedOn: CalendarDate, note: String? = nil) {
        self.verifiedOn = verifiedOn
        self.note = note
    }
}

/// The issue was withdrawn, with a reason.
public struct IssueWithdrawn: EventPayload {
    public static let eventType = "IssueWithdrawn"
    public static let schemaVersion = 1
    public var reason: String
    public var withdrawnOn: CalendarDate
    public init(reason: String, withdrawnOn: CalendarDate) {
        self.reason = reason
        self.withdrawnOn = withdrawnOn
    }
}

/// The issue was merged into another (the survivor); its sources and owed feedback moved there.
public struct IssueMerged: EventPayload {
    public static let eventType = "IssueMerged"
    public static let schemaVersion = 1
    public var into: IssueID
    public var mergedOn: CalendarDate
    public init(into: IssueID, mergedOn: CalendarDate) {
        self.into = into
        self.mergedOn = mergedOn
    }
}

/// The survivor took over a merged issue's sources and owed feedback, so nothing is lost.
public struct IssueAbsorbed: EventPayload {
    public static let eventType = "IssueAbsorbed"
    public static let schemaVersion = 1
    public var from: IssueID
    public var sources: [IssueSource]
    public var feedbackOwed: [FeedbackDue]
    public init(from: IssueID, sources: [IssueSource], feedbackOwed: [FeedbackDue]) {
        self.from = from
        self.sources = sources
        self.feedbackOwed = feedbackOwed
    }
}

/// A later finding or proposal showed the problem again; the issue is open once more.
public struct IssueReopened: EventPayload {
    public static let eventType = "IssueReopened"
    public static let schemaVersion = 1
    /// The new source that found the problem again; it is linked to the issue.
    public var source: IssueSource
    public var reason: String
    public var reopenedOn: CalendarDate
    public init(source: IssueSource, reason: String, reopenedOn: CalendarDate) {
        self.source = source
        self.reason = reason
        self.reopenedOn = reopenedOn
    }
}

/// The participation level (Shier's ladder) for the issue was set or changed, with a reason.
public struct ParticipationLevelSet: EventPayload {
    public static let eventType = "ParticipationLevelSet"
    public static let schemaVersion = 1
    public var level: ParticipationLevel
    public var reason: String
    public init(level: ParticipationLevel, reason: String) {
        self.level = level
        self.reason = reason
    }
}

/// Feedback owed to a council was given.
public struct FeedbackGiven: EventPayload {
    public static let eventType = "FeedbackGiven"
    public static let schemaVersion = 1
    public var councilId: CouncilID
    public var occasion: FeedbackOccasion
    public var channel: FeedbackChannel
    public var givenOn: CalendarDate
    public init(councilId: CouncilID, occasion: FeedbackOccasion, channel: FeedbackChannel, givenOn: CalendarDate) {
        self.councilId = councilId
        self.occasion = occasion
        self.channel = channel
        self.givenOn = givenOn
    }
}

/// Everything that can happen to an issue.
public enum IssueEvent: Equatable, Sendable {
    case opened(IssueOpened)
    case sourceLinked(IssueSourceLinked)
    case ownerAssigned(IssueOwnerAssigned)
    case dueDateSet(IssueDueDateSet)
    case preparationStarted(IssuePreparationStarted)
    case decided(IssueDecided)
    case workStarted(IssueWorkStarted)
    case implemented(IssueImplemented)
    case verified(IssueVerified)
    case withdrawn(IssueWithdrawn)
    case merged(IssueMerged)
    case absorbed(IssueAbsorbed)
    case reopened(IssueReopened)
    case participationLevelSet(ParticipationLevelSet)
    case feedbackGiven(FeedbackGiven)
}
