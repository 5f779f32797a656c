import Domain
import Foundation

/// What a piece of text found by `search` is.
package enum SearchHitKind: String, Codable, Sendable, CaseIterable {
    case issueTitle = "issue_title"
    case proposal
    case motivation
    case implementationSummary = "implementation_summary"
    case finding
    case actionItem = "action_item"
}

/// One text that matches a search: where it is, how well it matches, and the words that matched
/// (``SearchHit/startMark`` … ``SearchHit/stopMark`` around each in `headline`).
package struct SearchHit: Codable, Sendable, Equatable {
    /// What marks the start and the end of a matching word in `headline`.
    package static let startMark = "«"
    package static let stopMark = "»"

    package var kind: SearchHitKind
    /// The record the text belongs to: an issue, a proposal, a finding or an action item.
    package var id: UUID
    /// The issue the record is in, if any.
    package var issueId: IssueID?
    package var unitId: UnitID
    package var unitName: String
    /// The matching passage, the matching words between the marks.
    package var headline: String
    /// PostgreSQL's `ts_rank`: higher is a better match.
    package var rank: Double

    package init(
        kind: SearchHitKind, id: UUID, issueId: IssueID?, unitId: UnitID, unitName: String, headline: String,
        rank: Double
    ) {
        self.kind = kind
        self.id = id
        self.issueId = issueId
        self.unitId = unitId
        self.unitName = unitName
        self.headline = headline
        self.rank = rank
    }
}
