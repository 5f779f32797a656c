import AdminProtocol
import Domain
import Foundation
import Projections
import ReadModelTypes
import Varlink
import Wording

/// Turns the ids people type into whole ones: a UUID as is, or a unique prefix of at least six hex
/// digits (the CLI shows eight) looked up in the read models.
struct IdentifierResolver: Sendable {
    let readModel: ReadModel

    /// The shortest prefix accepted; shorter ones match too much to be safe in a command.
    static let minimumPrefixLength = 6

    /// The whole id of `kind` that `text` names.
    ///
    /// - Throws: `InvalidParameter` naming `parameter` when `text` cannot be an id, `NotFound`
    ///   when no id starts with it, ``AdminError/ruleViolation(reason:code:)`` when several do.
    func resolve<Kind>(_ text: String, as kind: CatalogKind, parameter: String) async throws -> Identifier<Kind> {
        Identifier(try await resolveUUID(text, as: kind, parameter: parameter))
    }

    func resolveOptional<Kind>(_ text: String?, as kind: CatalogKind, parameter: String) async throws -> Identifier<
        Kind
    >? {
        guard let text else { return nil }
        return try await resolve(text, as: kind, parameter: parameter)
    }

    /// ``resolve(_:as:parameter:)`` without a typed id, for callers that choose the kind at run time.
    func resolveUUID(_ text: String, as kind: CatalogKind, parameter: String) async throws -> UUID {
        let typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let whole = UUID(uuidString: typed) { return whole }
        guard typed.count >= Self.minimumPrefixLength, typed.count < 36,
            typed.allSatisfy({ $0.isHexDigit || $0 == "-" })
        else {
            throw VarlinkError.invalidParameter(parameter)
        }
        let matches = try await readModel.identifiers(of: kind, startingWith: typed)
        guard let first = matches.first else {
            throw NotFound(kind.notFoundKind, text)
        }
        guard matches.count == 1 else {
            throw AdminError.ruleViolation(
                reason: kind.ambiguousPrefixMessage(text))
        }
        return first
    }

    /// A source named by its own id, completed with the council, revision or certification it
    /// belongs to; also gives that one's unit.
    func source(_ reference: SourceRef, parameter: String) async throws -> (source: IssueSource, unit: UnitID) {
        let catalogKind = reference.kind.catalogKind
        let id = try await resolveUUID(reference.id, as: catalogKind, parameter: parameter + ".id")
        guard let origin = try await readModel.origin(of: reference.kind, id) else {
            throw NotFound(catalogKind.notFoundKind, reference.id)
        }
        let source: IssueSource =
            switch reference.kind {
            case .proposal: .proposal(ProposalID(id), council: CouncilID(origin.parent))
            case .finding: .finding(FindingID(id), revision: RevisionID(origin.parent))
            case .actionItem: .actionItem(ActionItemID(id), certification: CertificationID(origin.parent))
            }
        return (source, UnitID(origin.unit))
    }
}

extension CatalogKind {
    /// What a missing one is called in a `NotFound`.
    var notFoundKind: NotFound.Kind {
        switch self {
        case .unit: .unit
        case .council: .council
        case .meeting: .meeting
        case .proposal: .proposal
        case .revision: .revision
        case .finding: .finding
        case .certification: .certification
        case .actionItem: .actionItem
        case .issue: .issue
        }
    }
}
