import Domain
import Foundation

// Placeholder with the agreed API until the scenario lands from its branch.

public struct DemoStep: Sendable {
    public var at: Date
    public var actor: String
    public var command: DomainCommand
}

public struct DemoScenario: Sendable {
    public var steps: [DemoStep] = []
    public var units = 0, councils = 0, proposals = 0, revisions = 0, findings = 0, certifications = 0,
        actionItems = 0, issues = 0

    public init(today: CalendarDate, timeZone: TimeZone = .stockholm) {}
}
