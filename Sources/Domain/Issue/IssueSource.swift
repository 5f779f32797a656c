/// Where an issue comes from: a proposal, a finding or an action item.
///
/// Each source names the stream it lives in, so a projection can follow it without a lookup.
/// JSON: `{"kind":"proposal","id":"…","councilId":"…"}`, `{"kind":"finding","id":"…","revisionId":"…"}`,
/// `{"kind":"actionItem","id":"…","certificationId":"…"}`.
package enum IssueSource: Hashable, Sendable, Codable {
    case proposal(ProposalID, council: CouncilID)
    case finding(FindingID, revision: RevisionID)
    case actionItem(ActionItemID, certification: CertificationID)

    /// The kind as stored: `proposal`, `finding` or `actionItem`.
    package var kind: String {
        switch self {
        case .proposal: "proposal"
        case .finding: "finding"
        case .actionItem: "actionItem"
        }
    }

    /// The source's own id as a string.
    package var id: String {
        switch self {
        case .proposal(let id, _): id.description
        case .finding(let id, _): id.description
        case .actionItem(let id, _): id.description
        }
    }

    /// The council behind a proposal; findings and action items have none.
    package var council: CouncilID? {
        if case .proposal(_, let council) = self { return council }
        return nil
    }

    /// Swedish description, e.g. "förslaget".
    var label: String {
        switch self {
        case .proposal: "förslaget"
        case .finding: "iakttagelsen"
        case .actionItem: "åtgärden"
        }
    }

    private enum CodingKeys: String, CodingKey { case kind, id, councilId, revisionId, certificationId }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .kind) {
        case "proposal":
            self = .proposal(
                try c.decode(ProposalID.self, forKey: .id), council: try c.decode(CouncilID.self, forKey: .councilId))
        case "finding":
            self = .finding(
                try c.decode(FindingID.self, forKey: .id), revision: try c.decode(RevisionID.self, forKey: .revisionId))
        case "actionItem":
            self = .actionItem(
                try c.decode(ActionItemID.self, forKey: .id),
                certification: try c.decode(CertificationID.self, forKey: .certificationId))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: c, debugDescription: "Unknown source kind \(other)")
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        switch self {
        case .proposal(let id, let council):
            try c.encode(id, forKey: .id)
            try c.encode(council, forKey: .councilId)
        case .finding(let id, let revision):
            try c.encode(id, forKey: .id)
            try c.encode(revision, forKey: .revisionId)
        case .actionItem(let id, let certification):
            try c.encode(id, forKey: .id)
            try c.encode(certification, forKey: .certificationId)
        }
    }
}
