import Domain
import Letters
import Policies

/// What a run of the policies would do on a day, before anything is written: the messages, one per
/// recipient, with their effects, and the names their letters use. The letters are worded when asked
/// for (``letter(_:)``), so a run records them one at a time instead of holding every letter's text.
package struct RunPlan: Sendable {
    /// One letter: who, and what it says.
    package struct Letter: Sendable {
        package var message: MessagePlan.Message
        package var subject: String
        package var text: String
        package var html: String
        /// The items a reply by mail may answer (empty without `mail.reply_to`).
        package var answerable: [AnswerableItem] = []
    }

    package var day: CalendarDate
    /// One per recipient, in the fixed order of ``MessagePlan``.
    package var messages: [MessagePlan.Message]
    /// What the letters call the issues, items, councils and units: for rewording a letter whose
    /// effects no longer all apply when it is recorded.
    package var names: ReminderNames
    /// Whether the letters say how to answer by mail (`mail.reply_to`) and list what a reply may answer.
    package var answers: Bool = false

    /// Every effect of the run, letter by letter.
    package var effects: [Effect] { messages.flatMap(\.effects) }

    /// Every letter, worded (`reminders preview`).
    package var letters: [Letter] { messages.map { letter($0) } }

    /// One message's letter in the words that will be sent.
    package func letter(_ message: MessagePlan.Message) -> Letter {
        let content = ReminderWording.content(message, names: names, today: day, answers: answers)
        return Letter(
            message: message, subject: content.subject, text: content.text, html: content.html,
            answerable: content.answerable)
    }
}
