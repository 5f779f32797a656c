import Foundation

extension IssueAggregate {
    /// Feedback given to a council that was owed it.
    static func decideFeedback(_ command: IssueCommand, _ state: IssueState, _ context: DecisionContext)
        throws(DomainError) -> [IssueEvent]
    {
        switch command {
        case .giveFeedback(let councilId, let occasion, let channel, let givenOn):
            guard let due = state.owesFeedback(to: councilId, for: occasion) else {
                let owed =
                    state.feedbackOwed.isEmpty
                    ? "Ärendet har ingen återkoppling som väntar."
                    : "Återkoppling väntar för: "
                        + state.feedbackOwed.map { "rådet \($0.councilId) om \($0.occasion.label)" }.joined(
                            separator: ", ") + "."
                throw DomainError(
                    .feedbackNotOwed,
                    "Rådet väntar inte på återkoppling om \(occasion.label) i det här ärendet. \(owed)")
            }
            guard givenOn >= due.owedSince else {
                throw DomainError(
                    .dateTooEarly,
                    "Återkopplingen (\(givenOn)) kan inte ha getts före \(occasion.label) (\(due.owedSince)).")
            }
            try Validation.notInFuture(givenOn, "Datumet för återkopplingen", context)
            return [
                .feedbackGiven(
                    FeedbackGiven(councilId: councilId, occasion: occasion, channel: channel, givenOn: givenOn))
            ]
        default:
            preconditionFailure("\(command) is not a feedback command")
        }
    }
}
