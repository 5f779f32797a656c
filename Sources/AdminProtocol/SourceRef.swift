import ReadModelTypes

/// A proposal, finding or action item named by its own id (or a unique prefix of it); the daemon
/// finds the council, revision or certification it belongs to.
package struct SourceRef: Codable, Sendable, Equatable {
    /// The kinds a source can be, as on the wire: `proposal`, `finding`, `actionItem`.
    package typealias Kind = IssueSourceKind

    package var kind: Kind
    package var id: String

    package init(kind: Kind, id: String) {
        self.kind = kind
        self.id = id
    }
}
