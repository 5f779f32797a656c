import Foundation

extension IssueAggregate {
    /// The issue's course: preparation, decision, work, follow-up, and withdrawal, merging and reopening. `IssueStage.allows` has already said the step is allowed here.
    static func decideCourse(_ command: IssueCommand, _ state: IssueState, _ today: CalendarDate) throws(DomainError)
        -> [IssueEvent]
    {
        switch command {
        case .startPreparation:
            return [.preparationStarted(IssuePreparationStarted(startedOn: today))]

        case .decide(let outcome, let motivation, let decidedBy):
            let motivation = try Validation.text(motivation, "Motiveringen", code: .missingMotivation)
            let decidedBy = try Validation.text(decidedBy, "Vem som beslutade", .name, code: .missingDecider)
            return [
                .decided(IssueDecided(outcome: outcome, motivation: motivation, decidedBy: decidedBy, decidedOn: today))
            ]

        case .startWork:
            return [.workStarted(IssueWorkStarted(startedOn: today))]

        case .markImplemented(let summary):
            return [
                .implemented(
                    IssueImplemented(
                        implementedOn: today, summary: try Validation.optionalText(summary, "Sammanfattningen")))
            ]

        case .withdraw(let reason):
            let reason = try Validation.text(reason, "Skälet", code: .missingReason)
            return [.withdrawn(IssueWithdrawn(reason: reason, withdrawnOn: today))]

        case .mergeInto(let survivor):
            return [.merged(IssueMerged(into: survivor, mergedOn: today))]

        case .absorb(let from, let sources, let feedbackOwed):
            guard !state.absorbed.contains(from) else {
                throw DomainError(.duplicate, "Ärende \(from) är redan sammanslaget med det här ärendet.")
            }
            let newSources = sources.filter { !state.sources.contains($0) }
            return [.absorbed(IssueAbsorbed(from: from, sources: newSources, feedbackOwed: feedbackOwed))]

        case .reopen(let source, let reason):
            if case .actionItem = source {
                throw DomainError(
                    .sourceNotAllowed,
                    "Ett ärende återöppnas av en ny iakttagelse eller ett nytt förslag, inte av en åtgärd. Koppla åtgärden till ärendet i stället."
                )
            }
            guard !state.sources.contains(source) else {
                throw DomainError(
                    .duplicate,
                    "Källan är redan kopplad till ärendet. Ett ärende återöppnas av en ny iakttagelse eller ett nytt förslag."
                )
            }
            let reason = try Validation.text(reason, "Skälet", code: .missingReason)
            return [.reopened(IssueReopened(source: source, reason: reason, reopenedOn: today))]
        default:
            preconditionFailure("\(command) is not a step of the course")
        }
    }
}
