import AdminProtocol
import Domain
import Foundation
import Projections
import Varlink

/// The questions readers ask: lists, one issue, its history, the trace, what is due, statistics.
/// Every caller with a role may ask.
struct QueryMethods: Sendable {
    let context: AdminContext

    private var readModel: ReadModel { context.readModel }

    private func resolve<Kind>(_ text: String?, _ kind: CatalogKind, _ parameter: String) async throws -> Identifier<Kind>? {
        try await context.identifiers.resolveOptional(text, as: kind, parameter: parameter)
    }

    private func requireReader(_ call: VarlinkCall) throws {
        _ = try context.access.caller(of: call, requiring: .reader)
    }

    func register(on interface: inout VarlinkInterface) {
        let health = context.health
        interface.add(.listUnits, VarlinkEmpty.self, health: health) { _, call in
            try requireReader(call)
            return UnitsReply(units: try await readModel.units())
        }
        interface.add(.listCouncils, UnitScopeParameters.self, health: health) { p, call in
            try requireReader(call)
            return CouncilsReply(councils: try await readModel.councils(unitId: try await resolve(p.unitId, .unit, "unitId")))
        }
        interface.add(.listProposals, ListProposalsParameters.self, health: health) { p, call in
            try requireReader(call)
            return ProposalsReply(
                proposals: try await readModel.proposals(
                    councilId: try await resolve(p.councilId, .council, "councilId"),
                    unitId: try await resolve(p.unitId, .unit, "unitId")))
        }
        interface.add(.listRevisions, UnitScopeParameters.self, health: health) { p, call in
            try requireReader(call)
            return RevisionsReply(revisions: try await readModel.revisions(unitId: try await resolve(p.unitId, .unit, "unitId")))
        }
        interface.add(.listCertifications, UnitScopeParameters.self, health: health) { p, call in
            try requireReader(call)
            return CertificationsReply(
                certifications: try await readModel.certifications(unitId: try await resolve(p.unitId, .unit, "unitId")))
        }
        interface.add(.getCertification, CertificationParameters.self, health: health) { p, call in
            try requireReader(call)
            let id: CertificationID = try await context.identifiers.resolve(
                p.certificationId, as: .certification, parameter: "certificationId")
            return CertificationReply(certification: try await readModel.certification(id))
        }
        interface.add(.listIssues, ListIssuesParameters.self, health: health) { p, call in
            try requireReader(call)
            return IssuesReply(issues: try await readModel.issues(try await filter(p.filter)))
        }
        interface.add(.getIssue, IssueParameters.self, health: health) { p, call in
            try requireReader(call)
            let id: IssueID = try await context.identifiers.resolve(p.issueId, as: .issue, parameter: "issueId")
            return IssueReply(issue: try await readModel.issue(id))
        }
        interface.add(.issueHistory, IssueParameters.self, health: health) { p, call in
            try requireReader(call)
            let id: IssueID = try await context.identifiers.resolve(p.issueId, as: .issue, parameter: "issueId")
            return HistoryReply(entries: try await readModel.history(id))
        }
        interface.add(.trace, TraceParameters.self, health: health) { p, call in
            try requireReader(call)
            return TraceReply(trace: try await readModel.trace(try await traceSource(p.sourceId)))
        }
        interface.add(.due, DueParameters.self, health: health) { p, call in
            try requireReader(call)
            if let days = p.horizonDays, !(0...3650).contains(days) { throw VarlinkError.invalidParameter("horizonDays") }
            return DueReply(
                items: try await readModel.due(horizonDays: p.horizonDays ?? 30, unitId: try await resolve(p.unitId, .unit, "unitId")))
        }
        interface.add(.statistics, StatisticsParameters.self, health: health) { p, call in
            try requireReader(call)
            let to = p.to ?? context.today
            let from = p.from ?? to.adding(days: -365)
            guard from <= to else {
                throw AdminError.ruleViolation(reason: "Perioden börjar \(from), efter att den slutar \(to).", code: "invalid_period")
            }
            return StatisticsReply(
                statistics: try await readModel.statistics(
                    unitId: try await resolve(p.unitId, .unit, "unitId"), from: from, to: to))
        }
    }

    private func filter(_ p: IssueFilterParameters?) async throws -> IssueFilter {
        guard let p else { return IssueFilter() }
        if let limit = p.limit, !(1...10_000).contains(limit) { throw VarlinkError.invalidParameter("filter.limit") }
        if let days = p.staleDays, days < 0 { throw VarlinkError.invalidParameter("filter.staleDays") }
        if let kind = p.sourceKind, SourceRef.Kind(rawValue: kind) == nil {
            throw VarlinkError.invalidParameter("filter.sourceKind")
        }
        return IssueFilter(
            unitId: try await resolve(p.unitId, .unit, "filter.unitId"), status: p.status, owner: p.owner,
            councilId: try await resolve(p.councilId, .council, "filter.councilId"), sourceKind: p.sourceKind,
            overdue: p.overdue, staleDays: p.staleDays, limit: p.limit)
    }

    /// The trace takes any kind of source; a prefix is looked up among proposals, findings and action items.
    private func traceSource(_ text: String) async throws -> UUID {
        let kinds: [CatalogKind] = [.proposal, .finding, .actionItem]
        var found: [UUID] = []
        for kind in kinds {
            do {
                let id: Identifier<ProposalKind> = try await context.identifiers.resolve(text, as: kind, parameter: "sourceId")
                if !found.contains(id.uuid) { found.append(id.uuid) }
            } catch AdminError.notFound {
                continue
            }
        }
        guard let first = found.first else {
            throw AdminError.notFound(
                kind: "source", id: text, message: "Det finns inget förslag, ingen iakttagelse och ingen åtgärd med id \(text).")
        }
        guard found.count == 1 else {
            throw AdminError.ruleViolation(reason: "Flera förslag, iakttagelser eller åtgärder har id som börjar med \(text); skriv fler tecken.")
        }
        return first
    }
}
