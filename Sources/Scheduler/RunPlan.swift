import Domain
import Letters
import Policies

/// What a run of the policies would do on a day, before anything is written: the effects, and the
/// letters they make, one per recipient, in the words that will be sent.
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
    package var effects: [Effect]
    package var letters: [Letter]
    /// What the letters call the issues, items, councils and units: for rewording a letter whose
    /// effects no longer all apply when it is recorded.
    package var names: ReminderNames
}
