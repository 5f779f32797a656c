import Domain

/// What one answer line asks for. Only read here: whether the stage allows it, and whether a
/// summary or motivation is long enough, the domain decides when the answer becomes a command.
package enum ReplyVerb: Sendable, Equatable {
    /// `KLART: <vad som gjordes>`: implemented, with that summary.
    case done(summary: String)
    /// `BESLUT: ja|delvis|nej <motivering>`: decided.
    case decision(DecisionOutcome, motivation: String)
    /// `PÅGÅR: klart den 2027-01-15`: work started, due that day (nil when no day was given).
    case workStarted(due: CalendarDate?)
    /// `ANSVARIG: <titel>`: an owner assigned.
    case owner(title: String)
    /// `ÅTERKOPPLAT: <när och hur>`: feedback given to the council.
    case feedbackGiven(how: String)
}
