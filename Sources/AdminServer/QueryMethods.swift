import AdminProtocol
import Domain
import Foundation
import Projections
import ReadModelTypes
import Varlink

/// The questions readers ask: lists, one issue, its history, the trace, what is due, statistics.
/// Every caller with a role may ask.
struct QueryMethods: Sendable {
    let context: AdminContext

    private var readModel: ReadModel { context.readModel }

    private func resolve<Kind>(_ text: String?, _ kind: CatalogKind, _ parameter: String) async throws -> Identifier<
        Kind
    >? {
        try await context.identifiers.resolveOptional(text, as: kind, parameter: parameter)
    }

    /// Which read models a query reads: its reply says `stale` when one of them is stopped.
    enum ReadModels {
        case catalog, issues, history, both, all

        var names: Set<String> {
            switch self {
            case .catalog: ["catalog"]
            case .issues: ["issues"]
            case .history: ["issues", "timeline"]
            case .both: ["catalog", "issues"]
            case .all: ["catalog", "issues", "timeline"]
            }
        }
    }

    private func marked<Reply: Encodable & Sendable>(_ reply: Reply, _ readModels: ReadModels) -> StaleQueryReply<Reply>
    {
        StaleQueryReply(reply, reading: readModels.names, runner: context.runner, timeZone: context.clock.timeZone)
    }

    func register(on interface: inout VarlinkInterface) {
        interface.add(.listUnits, VarlinkEmpty.self, requiring: .reader, context: context) { _, _ in
            return marked(UnitsReply(units: try await readModel.units()), .both)
        }
        interface.add(.listCouncils, ListCouncilsParameters.self, requiring: .reader, context: context) { p, caller in
            let council: CouncilID? = try await resolve(p.councilId, .council, "councilId")
            let councils = try await readModel.councils(unitId: try await resolve(p.unitId, .unit, "unitId"))
            let readable = try await context.readableUnits(caller)
            let shown = councils.filter {
                (council == nil || $0.id == council) && readable?.contains($0.unitId) != false
            }
            // A whole id is taken as given: one that names no council is answered as unknown.
            if council != nil, let text = p.councilId, shown.isEmpty { throw NotFound(.council, text) }
            return marked(CouncilsReply(councils: shown), .catalog)
        }
        interface.add(.listProposals, ListProposalsParameters.self, requiring: .reader, context: context) {
            p, caller in
            var proposals = try await readModel.proposals(
                councilId: try await resolve(p.councilId, .council, "councilId"),
                unitId: try await resolve(p.unitId, .unit, "unitId"))
            if let readable = try await context.readableUnits(caller) {
                let councils = Set(try await readModel.councils().filter { readable.contains($0.unitId) }.map(\.id))
                proposals = proposals.filter { councils.contains($0.councilId) }
            }
            return marked(ProposalsReply(proposals: proposals), .both)
        }
        interface.add(.listRevisions, UnitScopeParameters.self, requiring: .reader, context: context) { p, caller in
            let readable = try await context.readableUnits(caller)
            let revisions = try await readModel.revisions(unitId: try await resolve(p.unitId, .unit, "unitId"))
            return marked(RevisionsReply(revisions: revisions.filter { readable?.contains($0.unitId) != false }), .both)
        }
        interface.add(.listCertifications, UnitScopeParameters.self, requiring: .reader, context: context) { p, _ in
            return marked(
                CertificationsReply(
                    certifications: try await readModel.certifications(
                        unitId: try await resolve(p.unitId, .unit, "unitId"))), .both)
        }
        interface.add(.getCertification, CertificationParameters.self, requiring: .reader, context: context) { p, _ in
            let id: CertificationID = try await context.identifiers.resolve(
                p.certificationId, as: .certification, parameter: "certificationId")
            return marked(CertificationReply(certification: try await readModel.certification(id)), .both)
        }
        interface.add(.listIssues, ListIssuesParameters.self, requiring: .reader, context: context) { p, caller in
            let readable = try await context.readableUnits(caller)
            let issues = try await readModel.issues(try await filter(p.filter))
            return marked(IssuesReply(issues: issues.filter { readable?.contains($0.unitId) != false }), .both)
        }
        interface.add(.getIssue, IssueParameters.self, requiring: .reader, context: context) { p, caller in
            let id: IssueID = try await context.identifiers.resolve(p.issueId, as: .issue, parameter: "issueId")
            let detail = try await ReminderMethods(context: context).withEffects(try await readModel.issue(id))
            try await context.requireReadable(caller, unit: detail.summary.unitId)
            return marked(IssueReply(issue: detail), .both)
        }
        interface.add(.issueHistory, IssueParameters.self, requiring: .reader, context: context) { p, caller in
            let id: IssueID = try await context.identifiers.resolve(p.issueId, as: .issue, parameter: "issueId")
            if let unit = try await context.unit(ofIssue: id) { try await context.requireReadable(caller, unit: unit) }
            return marked(HistoryReply(entries: try await readModel.history(id)), .history)
        }
        interface.add(.trace, TraceParameters.self, requiring: .reader, context: context) { p, caller in
            let trace = try await readModel.trace(try await traceSource(p.sourceId))
            if let unit = trace.issue?.summary.unitId { try await context.requireReadable(caller, unit: unit) }
            return marked(TraceReply(trace: trace), .all)
        }
        interface.add(.due, DueParameters.self, requiring: .reader, context: context) { p, caller in
            if let days = p.horizonDays, !DomainLimits.days.contains(days) {
                throw VarlinkError.invalidParameter("horizonDays")
            }
            let readable = try await context.readableUnits(caller)
            let items = try await readModel.due(
                horizonDays: p.horizonDays ?? 30, unitId: try await resolve(p.unitId, .unit, "unitId"))
            return marked(DueReply(items: items.filter { readable?.contains($0.unitId) != false }), .both)
        }
        interface.add(.statistics, StatisticsParameters.self, requiring: .reader, context: context) { p, _ in
            let to = p.to ?? context.today
            let from = p.from ?? to.adding(days: -365)
            guard from <= to else {
                throw AdminError.ruleViolation(
                    reason: "Perioden börjar \(from), efter att den slutar \(to).", code: "invalid_period")
            }
            return marked(
                StatisticsReply(
                    statistics: try await readModel.statistics(
                        unitId: try await resolve(p.unitId, .unit, "unitId"), from: from, to: to)), .issues)
        }
    }

    private func filter(_ p: IssueFilterParameters?) async throws -> IssueFilter {
        guard let p else { return IssueFilter() }
        if let limit = p.limit, !(1...10_000).contains(limit) { throw VarlinkError.invalidParameter("filter.limit") }
        // Days outside the domain's range would reach date arithmetic far beyond any calendar.
        if let days = p.staleDays, !DomainLimits.days.contains(days) {
            throw VarlinkError.invalidParameter("filter.staleDays")
        }
        if let owner = p.owner, DomainLimits.hasControlCharacters(owner) || owner.count > DomainLimits.nameLength {
            throw VarlinkError.invalidParameter("filter.owner")
        }
        let sourceKind = try p.sourceKind.map { text in
            guard let kind = IssueSourceKind(rawValue: text) else {
                throw VarlinkError.invalidParameter("filter.sourceKind")
            }
            return kind
        }
        return IssueFilter(
            unitId: try await resolve(p.unitId, .unit, "filter.unitId"), status: p.status, owner: p.owner,
            councilId: try await resolve(p.councilId, .council, "filter.councilId"), sourceKind: sourceKind,
            overdue: p.overdue, staleDays: p.staleDays, limit: p.limit)
    }

    /// The trace takes any kind of source; a prefix is looked up among proposals, findings and action items.
    private func traceSource(_ text: String) async throws -> UUID {
        var found: [UUID] = []
        for kind in IssueSourceKind.allCases {
            do {
                let id = try await context.identifiers.resolveUUID(text, as: kind.catalogKind, parameter: "sourceId")
                if !found.contains(id) { found.append(id) }
            } catch is NotFound {
                continue
            }
        }
        guard let first = found.first else {
            throw NotFound(.source, text)
        }
        guard found.count == 1 else {
            throw AdminError.ruleViolation(
                reason: "Flera förslag, iakttagelser eller åtgärder har id som börjar med \(text); skriv fler tecken.")
        }
        return first
    }
}
