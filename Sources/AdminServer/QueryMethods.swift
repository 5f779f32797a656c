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

    func register(on interface: inout VarlinkInterface) {
        interface.add(.listUnits, VarlinkEmpty.self, requiring: .reader, context: context) { _, _ in
            return UnitsReply(units: try await readModel.units())
        }
        interface.add(.listCouncils, UnitScopeParameters.self, requiring: .reader, context: context) { p, _ in
            return CouncilsReply(councils: try await readModel.councils(unitId: try await resolve(p.unitId, .unit, "unitId")))
        }
        interface.add(.listProposals, ListProposalsParameters.self, requiring: .reader, context: context) { p, _ in
            return ProposalsReply(
                proposals: try await readModel.proposals(
                    councilId: try await resolve(p.councilId, .council, "councilId"),
                    unitId: try await resolve(p.unitId, .unit, "unitId")))
        }
        interface.add(.listRevisions, UnitScopeParameters.self, requiring: .reader, context: context) { p, _ in
            return RevisionsReply(revisions: try await readModel.revisions(unitId: try await resolve(p.unitId, .unit, "unitId")))
        }
        interface.add(.listCertifications, UnitScopeParameters.self, requiring: .reader, context: context) { p, _ in
            return CertificationsReply(
                certifications: try await readModel.certifications(unitId: try await resolve(p.unitId, .unit, "unitId")))
        }
        interface.add(.getCertification, CertificationParameters.self, requiring: .reader, context: context) { p, _ in
            let id: CertificationID = try await context.identifiers.resolve(
                p.certificationId, as: .certification, parameter: "certificationId")
            return CertificationReply(certification: try await readModel.certification(id))
        }
        interface.add(.listIssues, ListIssuesParameters.self, requiring: .reader, context: context) { p, _ in
            return IssuesReply(issues: try await readModel.issues(try await filter(p.filter)))
        }
        interface.add(.getIssue, IssueParameters.self, requiring: .reader, context: context) { p, _ in
            let id: IssueID = try await context.identifiers.resolve(p.issueId, as: .issue, parameter: "issueId")
            return IssueReply(issue: try await readModel.issue(id))
        }
        interface.add(.issueHistory, IssueParameters.self, requiring: .reader, context: context) { p, _ in
            let id: IssueID = try await context.identifiers.resolve(p.issueId, as: .issue, parameter: "issueId")
            return HistoryReply(entries: try await readModel.history(id))
        }
        interface.add(.trace, TraceParameters.self, requiring: .reader, context: context) { p, _ in
            return TraceReply(trace: try await readModel.trace(try await traceSource(p.sourceId)))
        }
        interface.add(.due, DueParameters.self, requiring: .reader, context: context) { p, _ in
            if let days = p.horizonDays, !DomainLimits.days.contains(days) { throw VarlinkError.invalidParameter("horizonDays") }
            return DueReply(
                items: try await readModel.due(horizonDays: p.horizonDays ?? 30, unitId: try await resolve(p.unitId, .unit, "unitId")))
        }
        interface.add(.statistics, StatisticsParameters.self, requiring: .reader, context: context) { p, _ in
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
        // Days outside the domain's range would reach date arithmetic far beyond any calendar.
        if let days = p.staleDays, !DomainLimits.days.contains(days) { throw VarlinkError.invalidParameter("filter.staleDays") }
        if let owner = p.owner, DomainLimits.hasControlCharacters(owner) || owner.count > DomainLimits.nameLength {
            throw VarlinkError.invalidParameter("filter.owner")
        }
        if let kind = p.sourceKind, IssueSourceKind(rawValue: kind) == nil {
            throw VarlinkError.invalidParameter("filter.sourceKind")
        }
        return IssueFilter(
            unitId: try await resolve(p.unitId, .unit, "filter.unitId"), status: p.status, owner: p.owner,
            councilId: try await resolve(p.councilId, .council, "filter.councilId"), sourceKind: p.sourceKind,
            overdue: p.overdue, staleDays: p.staleDays, limit: p.limit)
    }

    /// The trace takes any kind of source; a prefix is looked up among proposals, findings and action items.
    private func traceSource(_ text: String) async throws -> UUID {
        var found: [UUID] = []
        for kind in IssueSourceKind.allCases {
            do {
                let id = try await context.identifiers.resolveUUID(text, as: kind.catalogKind, parameter: "sourceId")
                if !found.contains(id) { found.append(id) }
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
