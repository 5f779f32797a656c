/// A user-led revision of a unit, its report and its findings.
package struct RevisionState: Equatable, Sendable {
    /// One finding: what the auditors saw and what they recommend.
    package struct Finding: Equatable, Sendable {
        package var id: FindingID
        package var text: String
        package var qualityArea: QualityArea
        package var recommendation: String
    }

    package var unitId: UnitID
    package var periodStart: CalendarDate
    package var periodEnd: CalendarDate
    package var auditorCount: Int
    /// Set once the report is published.
    package var reportPublishedOn: CalendarDate?
    package var reportTitle: String?
    /// Findings in the order they were recorded.
    package var findings: [Finding] = []

    package func finding(_ id: FindingID) -> Finding? { findings.first { $0.id == id } }
}
