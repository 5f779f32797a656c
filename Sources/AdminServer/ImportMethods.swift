import AdminProtocol
import CommandHandling
import Domain
import EventStore
import Foundation
import ReadModelTypes
import Varlink

/// `ImportActions` and `ListActionPlanItems`: a handlingsplan kept in a spreadsheet, imported a page
/// of rows at a time (``ActionPlanImport`` decides each row by the certification's rules).
///
/// The CLI reads the file and sends pages well inside a frame: first every page as a dry run, then —
/// only when no row is invalid, or with `skipInvalid` — every page again with `apply`. A page applied
/// is one unit of work through the command handler: its new items in one transaction on the
/// certification's stream, at the version the rows were decided on, so a page never rests on a plan
/// that changed meanwhile. Items have ids derived from the external ids, so a page sent again (a
/// retry, a re-import) finds them and records nothing.
struct ImportMethods: Sendable {
    let context: AdminContext

    /// The most rows one call takes.
    static let rowLimit = 500

    func register(on interface: inout VarlinkInterface) {
        interface.add(.importActions, ImportActionsParameters.self, requiring: .coordinator, context: context) {
            p, caller in
            try await importActions(p, caller: caller)
        }
        interface.add(
            .listActionPlanItems, ListActionPlanItemsParameters.self, requiring: .reader, context: context
        ) { p, caller in
            try await listItems(p, caller: caller)
        }
    }

    func importActions(_ p: ImportActionsParameters, caller: AdminCaller) async throws -> ImportActionsReply {
        guard p.rows.count <= Self.rowLimit else { throw VarlinkError.invalidParameter("rows") }
        let id: CertificationID = try await context.identifiers.resolve(
            p.certificationId, as: .certification, parameter: "certificationId")
        let rows = p.rows.map {
            ActionPlanImport.Row(
                line: $0.line, externalId: $0.externalId, area: $0.area, action: $0.action, owner: $0.owner,
                followedUpBy: $0.followedUpBy, dueDate: $0.dueDate)
        }
        let skipInvalid = p.skipInvalid == true
        guard p.apply else {
            let state = try await context.store.state(of: CertificationAggregate.self, id)
            try await context.requireScope(caller, unit: state?.unitId)
            let tried = ActionPlanImport.decide(
                rows, certification: id, state: state, context: context.clock.decisionContext)
            return reply(id, p.rows, tried, applied: false, events: 0)
        }
        // The key names the page's rows as sent: a page sent again after a lost reply is found by it.
        // Items are never removed and a row refused once is refused again, so whatever an earlier
        // append under the same key added is all the same rows can add.
        let cells = p.rows.map {
            [$0.externalId, $0.area, $0.action, $0.owner, $0.followedUpBy, $0.dueDate].joined(separator: "\u{1F}")
        }
        let commandID = NameDerivedUUID.uuid(
            "import-actions:\(id):\(skipInvalid):" + cells.joined(separator: "\u{1E}"))
        let (decision, outcome) = try await context.handler.perform(
            idempotencyKey: CommandHandler.idempotencyKey(commandID),
            metadata: EventMetadata(actor: caller.userName, commandID: commandID, client: "tredjekraft import")
        ) { work in
            // The caller's scope, from the plan as this unit of work read it: one read of a long stream.
            let state = try await work.state(CertificationAggregate.self, id)
            try await context.requireScope(caller, unit: state?.unitId)
            let decision = ActionPlanImport.decide(rows, certification: id, state: state, context: work.context)
            if skipInvalid || !decision.hasInvalid {
                try await work.record(CertificationAggregate.self, id, decision.events)
            }
            return decision
        }
        return reply(
            id, p.rows, decision, applied: skipInvalid || !decision.hasInvalid, events: outcome.events.count,
            position: outcome.position?.description,
            lag: outcome.lag.map {
                ReadModelLag(reached: $0.reached.description, waitedSeconds: CommandMethods.seconds($0.timeout))
            })
    }

    private func reply(
        _ id: CertificationID, _ rows: [ImportActionRow], _ decision: ActionPlanImport.Decision, applied: Bool,
        events: Int, position: String? = nil, lag: ReadModelLag? = nil
    ) -> ImportActionsReply {
        let outcomes = zip(rows, decision.outcomes).map { row, outcome in
            let kind: ImportActionOutcome.Kind
            var reason: String?
            switch outcome {
            case .added: kind = .added
            case .unchanged: kind = .unchanged
            case .changed(_, let why):
                kind = .changed
                reason = why
            case .invalid(_, let why):
                kind = .invalid
                reason = why
            }
            return ImportActionOutcome(
                line: row.line, externalId: row.externalId, outcome: kind, reason: reason,
                actionItemId: outcome.item?.description)
        }
        return ImportActionsReply(
            certificationId: id.description, rows: outcomes, applied: applied, events: events, position: position,
            lag: lag)
    }

    func listItems(_ p: ListActionPlanItemsParameters, caller: AdminCaller) async throws
        -> ListActionPlanItemsReply
    {
        let offset = p.offset ?? 0
        let limit = p.limit ?? 200
        guard offset >= 0 else { throw VarlinkError.invalidParameter("offset") }
        guard (1...500).contains(limit) else { throw VarlinkError.invalidParameter("limit") }
        let id: CertificationID = try await context.identifiers.resolve(
            p.certificationId, as: .certification, parameter: "certificationId")
        guard let state = try await context.store.state(of: CertificationAggregate.self, id) else {
            throw NotFound(.certification, id.description)
        }
        try await context.requireReadable(caller, unit: state.unitId)
        let page = state.actionItems.dropFirst(offset).prefix(limit).map {
            ActionPlanItem(
                actionItemId: $0.id.description, area: $0.area, action: $0.action, owner: $0.owner,
                dueDate: $0.dueDate, followedUpBy: $0.followedUpBy)
        }
        return ListActionPlanItemsReply(certificationId: id.description, items: page, total: state.actionItems.count)
    }
}
