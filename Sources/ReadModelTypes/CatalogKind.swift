/// Things with ids that the catalog (or the issue list) knows, for resolving short ids.
package enum CatalogKind: String, Sendable, CaseIterable {
    case unit, council, meeting, proposal, revision, finding, certification, actionItem, issue
}
