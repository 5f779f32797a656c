import Foundation

/// What free text can be erased from: the kinds of record a coordinator writes text into, each with
/// the fields (JSON keys of its events) that hold text a person typed.
///
/// A field is named as its events name it, so a correction that carries the corrected text under the
/// same key (`title`, `text`, `motivation`, …) is reached by the same erasure.
package enum ErasureSubject: String, Sendable, Codable, CaseIterable {
    case proposal
    case issue
    case finding
    case actionItem = "action-item"
    case meeting

    /// The fields of this kind that hold free text, in the order help lists them.
    package var fields: [String] {
        switch self {
        case .proposal: ["text", "pseudonym", "reason"]
        case .issue: ["title", "motivation", "decidedBy", "summary", "note", "reason", "text", "owner"]
        case .finding: ["text", "recommendation"]
        case .actionItem: ["action", "owner", "followedUpBy"]
        case .meeting: ["reason"]
        }
    }

    /// For a record kept inside another's stream (a finding in its revision's, an action item in its
    /// certification's, a meeting in its council's): the key its events carry its id under.
    package var ownIDKey: String? {
        switch self {
        case .proposal, .issue: nil
        case .finding: "findingId"
        case .actionItem: "actionItemId"
        case .meeting: "meetingId"
        }
    }

    /// For such a record: the event that records it, whose stream is the one to search.
    package var recordingEventType: String? {
        switch self {
        case .proposal, .issue: nil
        case .finding: "FindingRecorded"
        case .actionItem: "ActionItemAdded"
        case .meeting: "CouncilMeetingHeld"
        }
    }

    /// The stream of a proposal or an issue, named from its id.
    package func ownStream(_ id: UUID) -> String? {
        switch self {
        case .proposal: ProposalID(id).streamName
        case .issue: IssueID(id).streamName
        case .finding, .actionItem, .meeting: nil
        }
    }

    /// In Swedish, for messages: "förslaget", "ärendet", …
    package var definiteName: String {
        switch self {
        case .proposal: "förslaget"
        case .issue: "ärendet"
        case .finding: "iakttagelsen"
        case .actionItem: "åtgärden"
        case .meeting: "mötet"
        }
    }
}
