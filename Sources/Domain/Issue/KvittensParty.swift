/// Who is asked for a brukarkvittens: the council behind a proposal, or the revision group behind a
/// finding. JSON: `{"kind":"council","id":"…"}` or `{"kind":"revision","id":"…"}`.
package enum KvittensParty: Hashable, Sendable, Codable {
    case council(CouncilID)
    case revision(RevisionID)

    /// The kind as stored: `council` or `revision`.
    package var kind: String {
        switch self {
        case .council: "council"
        case .revision: "revision"
        }
    }

    /// The party's own id as a string.
    package var id: String {
        switch self {
        case .council(let id): id.description
        case .revision(let id): id.description
        }
    }

    /// The council, if the party is one.
    package var council: CouncilID? {
        if case .council(let id) = self { return id }
        return nil
    }

    /// Swedish, with the id: "rådet 7f…" or "revisionsgruppen för revision 3a…".
    package var label: String {
        switch self {
        case .council(let id): "rådet \(id)"
        case .revision(let id): "revisionsgruppen för revision \(id)"
        }
    }

    private enum CodingKeys: String, CodingKey { case kind, id }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .kind) {
        case "council": self = .council(try c.decode(CouncilID.self, forKey: .id))
        case "revision": self = .revision(try c.decode(RevisionID.self, forKey: .id))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: c, debugDescription: "Unknown kvittens party kind \(other)")
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(id, forKey: .id)
    }
}

extension IssueSource {
    /// Who is asked for a kvittens about this source: a proposal's council or a finding's revision
    /// group; nil for an action item.
    package var kvittensParty: KvittensParty? {
        switch self {
        case .proposal(_, let council): .council(council)
        case .finding(_, let revision): .revision(revision)
        case .actionItem: nil
        }
    }
}
