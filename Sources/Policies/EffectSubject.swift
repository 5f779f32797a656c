import Domain

/// What an effect is about. Its stream is where the effect is recorded as an event, so the reminder
/// shows in that thing's history and trace.
package enum EffectSubject: Hashable, Sendable, CustomStringConvertible {
    case issue(IssueID)
    /// An action item lives in its certification's stream.
    case actionItem(ActionItemID, CertificationID)
    case certification(CertificationID)

    /// The stream the effect's event goes to: the issue's, or the certification's.
    package var streamName: String {
        switch self {
        case .issue(let id): id.streamName
        case .actionItem(_, let certification), .certification(let certification): certification.streamName
        }
    }

    /// The issue's, action item's or certification's own id, lowercase.
    package var id: String {
        switch self {
        case .issue(let id): id.description
        case .actionItem(let id, _): id.description
        case .certification(let id): id.description
        }
    }

    /// `issue:<id>`, `action_item:<id>`, `certification:<id>`: stable, for keys and logs.
    package var description: String {
        switch self {
        case .issue(let id): "issue:\(id)"
        case .actionItem(let id, _): "action_item:\(id)"
        case .certification(let id): "certification:\(id)"
        }
    }
}
