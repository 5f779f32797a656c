import Foundation

/// The daemon's one notion of time: the current instant and the organisation's calendar (its time
/// zone), made once from configuration and handed to everything that dates things — the command
/// handler, the read models, the projections, the scheduler and the mailer.
///
/// One value instead of a `now` closure and a time zone in each place, so no part can date things on
/// a calendar the others do not use. Tests make one with a fixed or hand-moved instant.
package struct OrganisationClock: Sendable {
    /// The organisation's time zone: date-only fields ("today", due dates) are days in it.
    package let timeZone: TimeZone
    private let instant: @Sendable () -> Date

    package init(timeZone: TimeZone, now: @escaping @Sendable () -> Date = Date.init) {
        self.timeZone = timeZone
        self.instant = now
    }

    /// The current instant.
    package var now: Date { instant() }

    /// The organisation's date today.
    package var today: CalendarDate { day(of: now) }

    /// The organisation's date at `instant`.
    package func day(of instant: Date) -> CalendarDate { CalendarDate(instant, timeZone: timeZone) }

    /// What a decision made now may know.
    package var decisionContext: DecisionContext { DecisionContext(now: now, timeZone: timeZone) }

    /// Sleeps until `deadline` by this clock (returns at once when it has passed).
    ///
    /// - Throws: `CancellationError` when the task is cancelled meanwhile.
    package func sleep(until deadline: Date) async throws {
        let seconds = deadline.timeIntervalSince(now)
        if seconds > 0 { try await Task.sleep(for: .seconds(seconds)) }
    }
}
