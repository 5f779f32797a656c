/// Where an issue is in its lifecycle (DESIGN §4). Each case carries exactly the facts valid there,
/// so a rejected issue in progress, or a decision without motivation, cannot be represented.
package enum IssueStage: Equatable, Sendable {
    case registered
    case inPreparation
    case decided(Decision)
    case inProgress(Decision)
    case implemented(Decision, implementedOn: CalendarDate)
    case verified(Decision, implementedOn: CalendarDate, verifiedOn: CalendarDate)
    case withdrawn(reason: String)
    case merged(into: IssueID)
    case reopened

    /// The stable status code used by projections and `--json` output.
    package var status: IssueStatus {
        switch self {
        case .registered: .registered
        case .inPreparation: .inPreparation
        case .decided: .decided
        case .inProgress: .inProgress
        case .implemented: .implemented
        case .verified: .verified
        case .withdrawn: .withdrawn
        case .merged: .merged
        case .reopened: .reopened
        }
    }

    /// The decision in force, if the issue is decided or later.
    package var decision: Decision? {
        switch self {
        case .decided(let d), .inProgress(let d), .implemented(let d, _), .verified(let d, _, _): d
        default: nil
        }
    }

    /// Plain Swedish: where the issue is and which steps of its course can come next, rendered from
    /// ``allows(_:)``, the table `decide` checks.
    public var situation: String {
        let standing: String =
            switch self {
            case .registered: "Ärendet är registrerat"
            case .inPreparation: "Ärendet är under beredning"
            case .decided(let d) where d.outcome == .rejected: "Ärendet är avslaget"
            case .decided(let d): "Ärendet har fått \(d.outcome == .accepted ? "bifall" : "delvis bifall")"
            case .inProgress: "Ärendet genomförs"
            case .implemented: "Ärendet är genomfört"
            case .verified: "Ärendet är genomfört och uppföljt"
            case .withdrawn: "Ärendet är återkallat"
            case .merged(let into): "Ärendet är sammanslaget med ärende \(into)"
            case .reopened: "Ärendet är återöppnat"
            }
        let steps = IssueAction.course.filter(allows).compactMap(\.possibility)
        guard let last = steps.last else { return standing + "; gör ändringen i det ärendet i stället." }
        // A last step that has an "eller" of its own gets a comma before the list's.
        let or = last.contains(" eller ") ? ", eller " : " eller "
        let list = steps.count == 1 ? last : steps.dropLast().joined(separator: ", ") + or + last
        return standing + "; det kan " + list + "."
    }
}

/// The status of an issue as a stable code, with its Swedish label.
package enum IssueStatus: String, Codable, Sendable, CaseIterable {
    case registered = "registered"
    case inPreparation = "in_preparation"
    case decided = "decided"
    case inProgress = "in_progress"
    case implemented = "implemented"
    case verified = "verified"
    case withdrawn = "withdrawn"
    case merged = "merged"
    case reopened = "reopened"

    /// Swedish label shown to people, e.g. "Under beredning".
    package var label: String {
        switch self {
        case .registered: "Registrerat"
        case .inPreparation: "Under beredning"
        case .decided: "Beslutat"
        case .inProgress: "Genomförs"
        case .implemented: "Genomfört"
        case .verified: "Uppföljt"
        case .withdrawn: "Återkallat"
        case .merged: "Sammanslaget"
        case .reopened: "Återöppnat"
        }
    }

    /// Not finished: verified, withdrawn and merged issues are done (a rejection is checked separately,
    /// see ``isOpen(outcome:)``).
    package var isOpen: Bool {
        switch self {
        case .verified, .withdrawn, .merged: false
        default: true
        }
    }

    /// Whether work or a decision is still ahead for an issue in this status with this decision: not
    /// verified, withdrawn, merged or rejected. The one definition of an open issue.
    package func isOpen(outcome: DecisionOutcome?) -> Bool {
        isOpen && !(self == .decided && outcome == .rejected)
    }
}
