/// A user-led revision (brukarstyrd brukarrevision) was planned for a unit and a period.
package struct RevisionPlanned: EventPayload {
    package static let eventType = "RevisionPlanned"
    package static let schemaVersion = 1
    package var unitId: UnitID
    package var periodStart: CalendarDate
    package var periodEnd: CalendarDate
    /// How many user auditors take part (at least two, as the method requires). Numbers, never names.
    package var auditorCount: Int
    package init(unitId: UnitID, periodStart: CalendarDate, periodEnd: CalendarDate, auditorCount: Int) {
        self.unitId = unitId
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.auditorCount = auditorCount
    }
}

/// The revision's report (granskningsrapport) was published.
package struct RevisionReportPublished: EventPayload {
    package static let eventType = "RevisionReportPublished"
    package static let schemaVersion = 1
    package var publishedOn: CalendarDate
    /// Title of the report, if it has one.
    package var title: String?
    package init(publishedOn: CalendarDate, title: String? = nil) {
        self.publishedOn = publishedOn
        self.title = title
    }
}

/// A finding (iakttagelse, with its recommendation) from the report was recorded.
package struct FindingRecorded: EventPayload {
    package static let eventType = "FindingRecorded"
    package static let schemaVersion = 1
    package var findingId: FindingID
    package var text: String
    package var qualityArea: QualityArea
    package var recommendation: String
    package init(findingId: FindingID, text: String, qualityArea: QualityArea, recommendation: String) {
        self.findingId = findingId
        self.text = text
        self.qualityArea = qualityArea
        self.recommendation = recommendation
    }
}

/// Everything that can happen to a revision.
package enum RevisionEvent: Equatable, Sendable {
    case planned(RevisionPlanned)
    case reportPublished(RevisionReportPublished)
    case findingRecorded(FindingRecorded)
}
