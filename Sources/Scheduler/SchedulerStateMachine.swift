import Domain
import Foundation

/// What the scheduler does next for one recurring job, decided from the last scheduled period and the
/// time: the hummingbird way of keeping a service's logic a pure state machine that returns actions,
/// so that days, months, restarts and downtime are tested with a hand-moved clock and no database.
///
/// A scheduled run is due when the latest occasion (see ``RecurringSchedule/latest(atOrBefore:)``) is
/// for a period after the last scheduled one. One run makes up for every missed occasion: the
/// policies fire what fell due meanwhile once, the digests go out once for the latest month, and the
/// run says it is late when it happens after its own day.
package struct SchedulerStateMachine<Schedule: RecurringSchedule>: Sendable, Equatable {
    package typealias Period = Schedule.Period
    package typealias Occasion = ScheduledOccasion<Period>

    package enum State: Sendable, Equatable {
        /// Another daemon holds the schedule, or the database is away.
        case waitingForLeadership
        /// This daemon holds it; the last scheduled run was for this period (none yet: `nil`).
        case leading(last: Period?)
        /// A run is under way.
        case running(Occasion, last: Period?)
    }

    package enum Action: Sendable, Equatable {
        /// Run for the occasion's period. `late` when it is run on a later day than its own.
        case run(Occasion, late: Bool, last: Period?)
        /// Nothing to do before this instant.
        case sleep(until: Date)
        /// Try to take the schedule again later.
        case waitForLeadership
    }

    package private(set) var state: State = .waitingForLeadership
    package var schedule: Schedule

    package init(schedule: Schedule) {
        self.schedule = schedule
    }

    /// This daemon took the schedule; `last` is read from the log.
    package mutating func leadershipAcquired(last: Period?, now: Date) -> Action {
        state = .leading(last: last)
        return next(now: now)
    }

    /// The lock's session ended, or the database went away.
    package mutating func leadershipLost() -> Action {
        state = .waitingForLeadership
        return .waitForLeadership
    }

    /// A sleep ended (or the configuration changed): what now.
    package mutating func woke(now: Date) -> Action { next(now: now) }

    /// The run for `period` is recorded (or had been, by another daemon): the schedule moves on.
    package mutating func runFinished(period: Period, now: Date) -> Action {
        switch state {
        case .running(_, let last), .leading(let last):
            state = .leading(last: max(last ?? period, period))
            return next(now: now)
        case .waitingForLeadership:
            return .waitForLeadership
        }
    }

    /// The run failed (the database, the read models): leave the schedule where it was and try again.
    package mutating func runFailed() {
        if case .running(_, let last) = state { state = .leading(last: last) }
    }

    private mutating func next(now: Date) -> Action {
        switch state {
        case .waitingForLeadership:
            return .waitForLeadership
        case .running(let occasion, let last):
            // Still running: the caller should not ask; say the same again.
            return .run(occasion, late: isLate(occasion, now: now), last: last)
        case .leading(let last):
            let latest = schedule.latest(atOrBefore: now)
            if last.map({ $0 < latest.period }) ?? true {
                state = .running(latest, last: last)
                return .run(latest, late: isLate(latest, now: now), last: last)
            }
            return .sleep(until: schedule.next(after: now).at)
        }
    }

    /// A run is late when it happens on a later day than the one it is due.
    private func isLate(_ occasion: Occasion, now: Date) -> Bool {
        CalendarDate(now, timeZone: schedule.timeZone) > occasion.day
    }
}
