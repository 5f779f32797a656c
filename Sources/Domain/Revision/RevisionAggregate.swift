import Foundation

/// The rules for revisions. State is `nil` until the revision is planned.
///
/// Findings live inside the revision's stream: they only exist as part of its report.
package enum RevisionAggregate: Aggregate {
    package typealias ID = RevisionID
    package static let initialState: RevisionState? = nil
    /// The method asks for at least two user auditors per revision.
    package static let minimumAuditors = 2

    package static func decide(_ command: RevisionCommand, _ state: RevisionState?, _ context: DecisionContext)
        throws(DomainError) -> [RevisionEvent]
    {
        switch command {
        case .plan(let unitId, let start, let end, let auditorCount):
            guard state == nil else {
                throw DomainError(
                    .alreadyExists, "Revisionen är redan planerad. Nästa steg är att publicera rapporten.")
            }
            guard start <= end else {
                throw DomainError(
                    .invalidPeriod,
                    "Perioden slutar (\(end)) innan den börjar (\(start)). Ange ett slutdatum som är samma dag eller senare."
                )
            }
            guard auditorCount >= minimumAuditors else {
                throw DomainError(
                    .invalidNumber,
                    "En brukarrevision behöver minst \(minimumAuditors) brukarrevisorer. Ange hur många som deltar.")
            }
            try Validation.number(
                auditorCount, in: DomainLimits.auditors, "Antalet brukarrevisorer", "Ange hur många som deltar.")
            return [
                .planned(
                    RevisionPlanned(unitId: unitId, periodStart: start, periodEnd: end, auditorCount: auditorCount))
            ]
        case .publishReport(let publishedOn, let title):
            guard let state else {
                throw DomainError(.notFound, "Revisionen finns inte. Planera den först.")
            }
            guard state.reportPublishedOn == nil else {
                throw DomainError(
                    .transitionNotAllowed, "Rapporten är redan publicerad. Nu kan iakttagelser registreras.")
            }
            guard publishedOn >= state.periodStart else {
                throw DomainError(
                    .dateTooEarly,
                    "Rapporten kan inte publiceras (\(publishedOn)) innan granskningen börjar (\(state.periodStart)).")
            }
            try Validation.notInFuture(publishedOn, "Publiceringsdatumet", context)
            let title = try Validation.optionalText(title, "Rapportens titel", .title)
            return [.reportPublished(RevisionReportPublished(publishedOn: publishedOn, title: title))]
        case .recordFinding(let findingId, let text, let qualityArea, let recommendation):
            guard let state else {
                throw DomainError(.notFound, "Revisionen finns inte. Planera den och publicera rapporten först.")
            }
            guard state.reportPublishedOn != nil else {
                throw DomainError(
                    .transitionNotAllowed,
                    "Rapporten är inte publicerad än. Publicera rapporten, sedan kan iakttagelser registreras.")
            }
            guard state.finding(findingId) == nil else {
                throw DomainError(
                    .duplicate, "Iakttagelsen är redan registrerad. En ny iakttagelse behöver ett nytt id.")
            }
            let text = try Validation.text(text, "Iakttagelsens text")
            try Validation.noPersonalData(text, "Iakttagelsens text")
            let recommendation = try Validation.text(recommendation, "Rekommendationen")
            return [
                .findingRecorded(
                    FindingRecorded(
                        findingId: findingId, text: text, qualityArea: qualityArea, recommendation: recommendation))
            ]
        }
    }

    package static func evolve(_ state: RevisionState?, _ event: RevisionEvent) -> RevisionState? {
        switch event {
        case .planned(let e):
            return RevisionState(
                unitId: e.unitId, periodStart: e.periodStart, periodEnd: e.periodEnd, auditorCount: e.auditorCount)
        case .reportPublished(let e):
            guard var state else { return nil }
            state.reportPublishedOn = e.publishedOn
            state.reportTitle = e.title
            return state
        case .findingRecorded(let e):
            guard var state else { return nil }
            state.findings.append(
                .init(id: e.findingId, text: e.text, qualityArea: e.qualityArea, recommendation: e.recommendation))
            return state
        }
    }
}
