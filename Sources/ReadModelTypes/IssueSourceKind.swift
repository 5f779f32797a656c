import Domain

/// The kinds of sources an issue links, as the catalog stores them and the admin socket names them.
package enum IssueSourceKind: String, Codable, Sendable, CaseIterable {
    case proposal
    case finding
    case actionItem

    /// Where sources of this kind are listed, for resolving their ids.
    package var catalogKind: CatalogKind {
        switch self {
        case .proposal: .proposal
        case .finding: .finding
        case .actionItem: .actionItem
        }
    }
}

extension IssueSourceKind {
    /// The kind of a domain source.
    package init(_ source: IssueSource) {
        switch source {
        case .proposal: self = .proposal
        case .finding: self = .finding
        case .actionItem: self = .actionItem
        }
    }
}
