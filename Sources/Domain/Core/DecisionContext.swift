import Foundation

/// What a decision may know about the outside world: the current time.
///
/// Time is injected so that `decide` stays a pure function; the domain never reads the clock.
package struct DecisionContext: Sendable, Equatable {
    /// The instant the command is handled.
    package let now: Date
    /// The time zone date-only fields are interpreted in: the organisation's (see ``OrganisationClock``).
    package let timeZone: TimeZone

    package init(now: Date, timeZone: TimeZone) {
        self.now = now
        self.timeZone = timeZone
    }

    /// Today's date in the context's time zone.
    package var today: CalendarDate { CalendarDate(now, timeZone: timeZone) }
}
