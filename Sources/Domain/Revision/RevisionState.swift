/// A user-led revision of a unit, its report and its findings.
public struct RevisionState: Equatable, Sendable {
    /// One finding: what the auditors saw and what they recommend.
    public struct Finding: Equatable, Sendable {
        public var id: FindingID
        public var text: String
        public var qualityArea: QualityArea
        public var recommendation: String
    }

    public var unitId: UnitID
    public var periodStart: CalendarDate
    public var periodEnd: CalendarDate
    public var auditorCount: Int
    /// Set once the report is published.
    public var reportPublishedOn: CalendarDate?
    public var reportTitle: String?
    /// Findings in the order they were recorded.
    public var findings: [Finding] = []

    public func finding(_ id: FindingID) -> Finding? { findings.first { $0.id == id } }
}
