/// What a coordinator can ask of a revision.
package enum RevisionCommand: Equatable, Sendable {
    /// Plan the revision for a unit and a period with a number of user auditors.
    case plan(unitId: UnitID, periodStart: CalendarDate, periodEnd: CalendarDate, auditorCount: Int)
    /// Publish the report on a date.
    case publishReport(publishedOn: CalendarDate, title: String?)
    /// Record one finding of the published report.
    case recordFinding(findingId: FindingID, text: String, qualityArea: QualityArea, recommendation: String)
}
