/// A step on Shier's participation ladder (delaktighetsstegen), 1–5.
///
/// Stored as its number so that events stay readable.
package enum ParticipationLevel: Int, Codable, Sendable, CaseIterable, Comparable {
    case listenedTo = 1
    case supportedToExpressViews = 2
    case viewsTakenIntoAccount = 3
    case involvedInDecisions = 4
    case sharePowerAndResponsibility = 5

    /// Swedish label, e.g. "Brukarna blir lyssnade på".
    package var label: String {
        switch self {
        case .listenedTo: "Brukarna blir lyssnade på"
        case .supportedToExpressViews: "Brukarna får stöd att uttrycka sina åsikter"
        case .viewsTakenIntoAccount: "Brukarnas åsikter tas till vara"
        case .involvedInDecisions: "Brukarna är med i besluten"
        case .sharePowerAndResponsibility: "Brukarna delar makt och ansvar"
        }
    }

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
