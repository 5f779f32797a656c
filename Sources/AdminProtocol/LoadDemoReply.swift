import Domain

/// What `LoadDemo` registered.
package struct LoadDemoReply: Codable, Sendable, Equatable {
    package var units: Int
    package var councils: Int
    package var proposals: Int
    package var revisions: Int
    package var findings: Int
    package var certifications: Int
    package var actionItems: Int
    package var issues: Int
    package var events: Int
    /// Addresses set in the contact directory (under example.org).
    package var contacts: Int?
    /// The day the story was told up to (the daemon's today when it loaded): every date in it is
    /// counted from this one. Absent from daemons before it existed.
    package var today: CalendarDate?
    /// Set when the data is stored but the read models did not show all of it yet when the reply was
    /// sent; absent otherwise (and from daemons before it existed).
    package var lag: ReadModelLag?

    package init(
        units: Int, councils: Int, proposals: Int, revisions: Int, findings: Int, certifications: Int,
        actionItems: Int, issues: Int, events: Int, contacts: Int? = nil, today: CalendarDate? = nil,
        lag: ReadModelLag? = nil
    ) {
        self.contacts = contacts
        self.today = today
        self.lag = lag
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
