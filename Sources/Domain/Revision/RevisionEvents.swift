/// A user-led revision (brukarstyrd brukarrevision) was planned for a unit and a period.
public struct RevisionPlanned: EventPayload {
    public static let eventType = "RevisionPlanned"
    public static let schemaVersion = 1
    public var unitId: UnitID
    public var periodStart: CalendarDate
    public var periodEnd: CalendarDate
    /// How many user auditors take part (at least two, as the method requires). Numbers, never names.
    public var auditorCount: Int
    public init(unitId: UnitID, periodStart: CalendarDate, periodEnd: CalendarDate, auditorCount: Int) {
        self.unitId = unitId
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.auditorCount = auditorCount
    }
}

/// The revision's report (granskningsrapport) was published.
public struct RevisionReportPublished: EventPayload {
    public static let eventType = "RevisionReportPublished"
    public static let schemaVersion = 1
    public var publishedOn: CalendarDate
    /// Title of the report, if it has one.
    public var title: String?
    public init(publishedOn: CalendarDate, title: String? = nil) {
        self.publishedOn = publishedOn
        self.title = title
    }
}

/// A finding (iakttagelse, with its recommendation) from the report was recorded.
public struct FindingRecorded: EventPayload {
    public static let eventType = "FindingRecorded"
    public static let schemaVersion = 1
    public var findingId: FindingID
    public var text: String
    public var qualityArea: QualityArea
    public var recommendation: String
    public init(findingId: FindingID, text: String, qualityArea: QualityArea, recommendation: String) {
        self.findingId = findingId
        self.text = text
        self.qualityArea = qualityArea
        self.recommendation = recommendation
    }
}

/// Everything that can happen to a revision.
public enum RevisionEvent: Equatable, Sendable {
    case planned(RevisionPlanned)
    case reportPublished(RevisionReportPublished)
    case findingRecorded(FindingRecorded)
}
