/// What a caller of the admin socket may do, decided by ``RoleMapping`` from its peer credentials.
package enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Hands received mail to the daemon (`mail receive`, from the MTA or fetchmail) and nothing
    /// else: below a reader, so no gate that asks for reading or writing lets it through.
    case mailgate
    /// Reads everything; changes nothing.
    case reader
    /// Runs the domain commands (registers, decides, assigns, …).
    case coordinator
    /// Everything, including operations on the whole store (e.g. loading demo data).
    case admin

    /// How people call it in Swedish, for messages.
    package var swedishName: String {
        switch self {
        case .mailgate: "e-postinlämnare"
        case .reader: "läsare"
        case .coordinator: "samordnare"
        case .admin: "administratör"
        }
    }

    /// Whether commands that record events are allowed.
    package var canWrite: Bool { self >= .coordinator }
    /// Whether administrative operations are allowed.
    package var isAdmin: Bool { self == .admin }

    private var rank: Int {
        switch self {
        case .mailgate: -1
        case .reader: 0
        case .coordinator: 1
        case .admin: 2
        }
    }

    package static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}
