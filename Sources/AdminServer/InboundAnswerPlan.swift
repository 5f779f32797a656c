import Domain
import Replies

/// Which issue each answer of a reply concerns, checked against the letter it answers; pure.
///
/// The letter's numbered items (`MailQueued.answerable`) are the only issues a reply may act on: an
/// answer names its item (`KLART 2: …`), or names none when the letter had a single item.
enum InboundAnswerPlan {
    /// One answer and the issue it acts on.
    struct Step: Sendable, Equatable {
        var issue: IssueID
        var answer: ReplyAnswer
    }

    /// Why a reply's answers cannot be matched to the letter.
    enum Mismatch: Error, Equatable {
        /// An answer named an item the letter did not have, or none when it had several.
        case otherItem(line: String)
    }

    /// Each answer with its issue, in the reply's order; the whole reply refused when one does not match.
    static func steps(_ answers: [ReplyAnswer], letter: [AnswerableItem], subjects: Set<IssueID>) throws(Mismatch)
        -> [Step]
    {
        var steps: [Step] = []
        for answer in answers {
            let item: AnswerableItem?
            if let number = answer.item {
                item = letter.first { $0.number == number }
            } else {
                item = letter.count == 1 ? letter.first : nil
            }
            // The token's grant names the issues too: an item outside it is another issue.
            guard let item, subjects.contains(item.issue) else { throw .otherItem(line: answer.line) }
            steps.append(Step(issue: item.issue, answer: answer))
        }
        return steps
    }

    /// What an answer asks for, without its words.
    static func kind(_ verb: ReplyVerb) -> InboundAnswerKind {
        switch verb {
        case .done: .done
        case .decision: .decision
        case .workStarted: .workStarted
        case .owner: .owner
        case .feedbackGiven: .feedbackGiven
        }
    }

    /// The domain commands an answer becomes on the issue as it stands now. Whether the stage allows
    /// them is the domain's rule, asked when they are decided; only what the commands need is chosen
    /// here: work already under way gets the date moved, not started again, and feedback is given for
    /// everything the issue owes.
    static func commands(
        _ verb: ReplyVerb, issue: IssueState?, decidedBy: String, today: CalendarDate
    ) -> [IssueCommand] {
        switch verb {
        case .done(let summary):
            return [.markImplemented(summary: summary)]
        case .decision(let outcome, let motivation):
            return [.decide(outcome: outcome, motivation: motivation, decidedBy: decidedBy)]
        case .workStarted(let due):
            if case .inProgress = issue?.stage {
                return due.map { [.setDueDate($0)] } ?? [.startWork]
            }
            return [.startWork] + (due.map { [IssueCommand.setDueDate($0)] } ?? [])
        case .owner(let title):
            return [.assignOwner(title)]
        case .feedbackGiven(let how):
            let channel: FeedbackChannel = how.lowercased().contains("möte") ? .meeting : .letter
            let owed = issue?.feedbackOwed ?? []
            // Nothing owed: one command for the issue's councils lets the domain say so in its words.
            let due =
                owed.isEmpty
                ? (issue?.councils ?? []).map { FeedbackDue(councilId: $0, occasion: .decision, owedSince: today) }
                : owed
            return due.map {
                .giveFeedback(councilId: $0.councilId, occasion: $0.occasion, channel: channel, givenOn: today)
            }
        }
    }
}
