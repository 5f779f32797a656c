import AdminProtocol
import CommandHandling
import Domain
import EventStore
import Projections
import ReadModelTypes

/// Roles scoped to units (`roles.units.*`): what a caller with roles for some units only may change.
///
/// The unit a command belongs to is read from the log (the write side), not from the read models, so
/// a council created a moment ago by someone else is already known.
extension AdminContext {
    /// Refuses unless the caller has at least `role` for the whole organisation or for `unit`;
    /// `unit == nil` (a new unit, the outbox, the schedule) needs the role for the whole organisation.
    func requireScope(_ caller: AdminCaller, unit: UnitID?, needing role: Role = .coordinator) async throws {
        if let global = caller.globalRole, global >= role { return }
        let allowed = caller.unitRoles.filter { $0.value >= role }.keys.sorted()
        let mine = allowed.isEmpty ? "inga verksamheter" : allowed.joined(separator: ", ")
        guard let unit else {
            throw AdminError.permissionDenied(
                reason: "Det här gäller hela organisationen; \(caller.userName) har rollen \(role.swedishName) bara "
                    + "för \(mine).")
        }
        let name = try await store.state(of: UnitAggregate.self, unit)?.name
        let matches = allowed.contains { key in
            key.lowercased() == unit.description || name.map { key.lowercased() == $0.lowercased() } == true
        }
        guard !matches else { return }
        throw AdminError.permissionDenied(
            reason: "\(caller.userName) får vara \(role.swedishName) bara för \(mine); det här hör till "
                + "\(name ?? unit.description).")
    }

    /// ``requireScope(_:unit:needing:)`` with the unit looked up only for a caller whose role is not
    /// global: a lookup reads the aggregate's stream, which a global role does not need.
    func requireScope(
        _ caller: AdminCaller, needing role: Role = .coordinator, unitOf unit: () async throws -> UnitID?
    ) async throws {
        if let global = caller.globalRole, global >= role { return }
        try await requireScope(caller, unit: try await unit(), needing: role)
    }

    /// The unit a command changes something in; `nil` when it is not one unit's (a new unit, mail,
    /// the schedule, digests, erasure).
    func unit(of command: DomainCommand) async throws -> UnitID? {
        switch command {
        case .unit(_, .register): return nil
        case .unit(let id, _): return id
        case .council(_, .create(let unitId, _, _)): return unitId
        case .council(let id, _): return try await unit(ofCouncil: id)
        case .proposal(_, .putForward(let councilId, _, _, _, _)): return try await unit(ofCouncil: councilId)
        case .proposal(let id, _):
            guard let council = try await store.state(of: ProposalAggregate.self, id)?.councilId else { return nil }
            return try await unit(ofCouncil: council)
        case .revision(_, .plan(let unitId, _, _, _)): return unitId
        case .revision(let id, _): return try await store.state(of: RevisionAggregate.self, id)?.unitId
        case .certification(_, .start(let unitId, _, _)): return unitId
        case .certification(let id, _): return try await store.state(of: CertificationAggregate.self, id)?.unitId
        case .issue(_, .open(let unitId, _, _, _)): return unitId
        case .issue(let id, _): return try await unit(ofIssue: id)
        case .mail, .contacts, .schedule, .digest, .erasure, .inbound: return nil
        }
    }

    /// The unit a recipient key belongs to: a council's, or the unit named; an owner's title is
    /// nobody's unit.
    func unit(of recipient: RecipientKey) async throws -> UnitID? {
        switch recipient {
        case .council(let id): try await unit(ofCouncil: id)
        case .management(let id), .coordinator(let id): id
        case .owner, .sender: nil
        }
    }

    func unit(ofIssue id: IssueID) async throws -> UnitID? {
        try await store.state(of: IssueAggregate.self, id)?.unitId
    }

    private func unit(ofCouncil id: CouncilID) async throws -> UnitID? {
        try await store.state(of: CouncilAggregate.self, id)?.unitId
    }

    // MARK: Reading

    /// The units whose things the caller may see; `nil` for all. Only with `roles.scope_reads` does a
    /// caller with roles for some units only see those units alone.
    func readableUnits(_ caller: AdminCaller) async throws -> Set<UnitID>? {
        guard access.currentMapping.scopeReads, caller.globalRole == nil else { return nil }
        let keys = Set(caller.unitRoles.keys.map { $0.lowercased() })
        return Set(
            try await readModel.units().filter {
                keys.contains($0.id.description) || keys.contains($0.name.lowercased())
            }
            .map(\.id))
    }

    /// Refuses to show something of `unit` to a caller who may not see it (``readableUnits(_:)``).
    func requireReadable(_ caller: AdminCaller, unit: UnitID) async throws {
        guard let units = try await readableUnits(caller), !units.contains(unit) else { return }
        try await requireScope(caller, unit: unit, needing: .reader)
    }
}
