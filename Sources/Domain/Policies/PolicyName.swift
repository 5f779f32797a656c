/// The nine reminder and escalation policies (DESIGN §4), by the names the configuration uses under
/// `policies.<name>`, the events record and `--json` prints.
///
/// The raw values are a contract: they appear in YAML files and in recorded events, so they never change.
package enum PolicyName: String, CaseIterable, Sendable, Codable, Comparable {
    /// An open issue with no owner some days after it was registered.
    case noOwner = "no_owner"
    /// An open issue with no decision some days after it was registered.
    case noDecision = "no_decision"
    /// An open issue whose due date is a few days ahead.
    case dueSoon = "due_soon"
    /// An open issue whose due date has passed (by more than the grace days).
    case overdue = "overdue"
    /// Feedback (återkoppling) owed to a council for some days.
    case feedbackOwed = "feedback_owed"
    /// An open issue in which nothing at all has happened for some days.
    case stale = "stale"
    /// An action item of an adopted handlingsplan that falls due within some days, or is overdue.
    case actionItemDue = "action_item_due"
    /// A certificate that expires within some days, or has expired, and no renewal has started.
    case certificationExpiry = "certification_expiry"
    /// An implemented issue whose council or revision group has not given its brukarkvittens for some days.
    case kvittensAwaited = "kvittens_awaited"

    /// The policy's section in the YAML file, e.g. `policies.overdue`: what configuration errors name.
    package var key: String { "policies.\(rawValue)" }

    /// The order of the cases, so every list of policies and effects reads the same way every time.
    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

    /// The position among ``allCases``.
    package var rank: Int {
        switch self {
        case .noOwner: 0
        case .noDecision: 1
        case .dueSoon: 2
        case .overdue: 3
        case .feedbackOwed: 4
        case .stale: 5
        case .actionItemDue: 6
        case .certificationExpiry: 7
        case .kvittensAwaited: 8
        }
    }
}
