import Foundation

/// Who a message is for, as the domain knows them: a council, a unit's ledning, a unit's coordinator,
/// or an issue owner's role or title as written on issues.
///
/// Events name recipients by key only. The address a key stands for is personal data and lives in the
/// contact directory, outside the log, and is looked up when a message is delivered.
package enum RecipientKey: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A council (brukarråd or dialogmöte).
    case council(CouncilID)
    /// The management (ledningen) of a unit: where escalations and the management digest go.
    case management(UnitID)
    /// The coordinator (samordnaren) of a unit's user influence.
    case coordinator(UnitID)
    /// Whoever holds a role or title that issues name as their owner, e.g. "Enhetschef Vuxenstöd".
    case owner(String)
    /// Whoever sent a message that came in (`inbound-<id>`): a reply to them goes to the address kept
    /// with the message outside the log (never in the contact directory, never in an event).
    case sender(InboundMailID)

    /// The kinds of key, as they are written in JSON, in the directory table and on the command line.
    package enum Kind: String, Sendable, Codable, CaseIterable {
        case council, management, coordinator, owner, sender

        /// The kinds the contact directory holds addresses for (a sender's address comes with its message).
        package static let directory: [Kind] = [.council, .management, .coordinator, .owner]
    }

    package var kind: Kind {
        switch self {
        case .council: .council
        case .management: .management
        case .coordinator: .coordinator
        case .owner: .owner
        case .sender: .sender
        }
    }

    /// The key within its kind: a UUID, or the owner's title.
    package var id: String {
        switch self {
        case .council(let id): id.description
        case .management(let id), .coordinator(let id): id.description
        case .owner(let title): title
        case .sender(let id): id.description
        }
    }

    /// `kind:id`, for logs.
    package var description: String { "\(kind.rawValue):\(id)" }

    /// The key as keys are matched: an owner's title without regard to case ("Enhetschef Vuxenstöd" is
    /// "enhetschef vuxenstöd"), so a title typed with other capitals reaches the same address and
    /// never makes a second entry. The one place keys are compared: equality, hashing, and the
    /// contact directory's lookups all use it. The title keeps the capitals it was written with.
    package var matchKey: String { id.lowercased() }

    package static func == (lhs: RecipientKey, rhs: RecipientKey) -> Bool {
        lhs.kind == rhs.kind && lhs.matchKey == rhs.matchKey
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(matchKey)
    }

    /// A key from its two parts, checked: a UUID for councils and units; a title for owners, trimmed,
    /// its inner whitespace made single spaces so it matches the title as issues write it.
    package init(kind: Kind, id: String) throws(DomainError) {
        switch kind {
        case .council, .management, .coordinator:
            guard let uuid = Identifier<UnitKind>(id.trimmingCharacters(in: .whitespaces))?.uuid else {
                throw DomainError(
                    .invalidRecipient, "\(id) är inget id. Ange hela id:t, till exempel från listan över råd.")
            }
            switch kind {
            case .council: self = .council(CouncilID(uuid))
            case .management: self = .management(UnitID(uuid))
            default: self = .coordinator(UnitID(uuid))
            }
        case .owner:
            self = .owner(try Self.ownerTitle(id))
        case .sender:
            guard let inbound = InboundMailID(id.trimmingCharacters(in: .whitespaces)) else {
                throw DomainError(.invalidRecipient, "\(id) är inget id för ett mottaget meddelande.")
            }
            self = .sender(inbound)
        }
    }

    /// An owner title in the form keys use.
    package static func ownerTitle(_ title: String) throws(DomainError) -> String {
        let checked = try Validation.text(title, "Ägarens roll eller titel", .name)
        return checked.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private enum CodingKeys: String, CodingKey { case kind, id }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(Kind.self, forKey: .kind)
        let id = try container.decode(String.self, forKey: .id)
        do {
            try self.init(kind: kind, id: id)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: error.message)
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(id, forKey: .id)
    }
}
