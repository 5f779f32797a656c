/// What `LoadDemo` registered.
public struct LoadDemoReply: Codable, Sendable, Equatable {
    public var units: Int
    public var councils: Int
    public var proposals: Int
    public var revisions: Int
    public var findings: Int
    public var certifications: Int
    public var actionItems: Int
    public var issues: Int
    public var events: Int

    public init(
        units: Int, councils: Int, proposals: Int, revisions: Int, findings: Int, certifications: Int,
        actionItems: Int, issues: Int, events: Int
    ) {
        self.units = units
        self.councils = councils
        self.proposals = proposals
        self.revisions = revisions
        self.findings = findings
        self.certifications = certifications
        self.actionItems = actionItems
        self.issues = issues
        self.events = events
    }
}
