import Domain
import Foundation

/// What the scheduler does next, decided from the last scheduled run and the time: the hummingbird
/// way of keeping a service's logic a pure state machine that returns actions, so that days, restarts
/// and downtime are tested with a hand-moved clock and no database.
///
/// A scheduled run is due when the latest occasion (see ``DailySchedule/latest(atOrBefore:)``) is
/// for a day after the last scheduled run. One run makes up for every missed day: the policies fire
/// what fell due meanwhile once, and the run says it is late when it happens after its own day.
package struct SchedulerStateMachine: Sendable, Equatable {
    package enum State: Sendable, Equatable {
        /// Another daemon holds the schedule, or the database is away.
        case waitingForLeadership
        /// This daemon holds it; the last scheduled run was for this day (none yet: `nil`).
        case leading(lastScheduledDay: CalendarDate?)
        /// A run is under way.
        case running(DailySchedule.Occasion, lastScheduledDay: CalendarDate?)
    }

    package enum Action: Sendable, Equatable {
        /// Run the policies for the occasion's day. `late` when it is run on a later day than its own.
        case run(DailySchedule.Occasion, late: Bool, lastScheduledDay: CalendarDate?)
        /// Nothing to do before this instant.
        case sleep(until: Date)
        /// Try to take the schedule again later.
        case waitForLeadership
    }

    package private(set) var state: State = .waitingForLeadership
    package var schedule: DailySchedule

    package init(schedule: DailySchedule) {
        self.schedule = schedule
    }

    /// This daemon took the schedule; `lastScheduledDay` is read from the log.
    package mutating func leadershipAcquired(lastScheduledDay: CalendarDate?, now: Date) -> Action {
        state = .leading(lastScheduledDay: lastScheduledDay)
        return next(now: now)
    }

    /// The lock's session ended, or the database went away.
    package mutating func leadershipLost() -> Action {
        state = .waitingForLeadership
        return .waitForLeadership
    }

    /// A sleep ended (or the configuration changed): what now.
    package mutating func woke(now: Date) -> Action { next(now: now) }

    /// The run for `day` is recorded (or had been, by another daemon): the schedule moves on.
    package mutating func runFinished(day: CalendarDate, now: Date) -> Action {
        switch state {
        case .running(_, let last), .leading(let last):
            state = .leading(lastScheduledDay: max(last ?? day, day))
            return next(now: now)
        case .waitingForLeadership:
            return .waitForLeadership
        }
    }

    /// The run failed (the database, the read models): leave the schedule where it was and try again.
    package mutating func runFailed() {
        if case .running(_, let last) = state { state = .leading(lastScheduledDay: last) }
    }

    private mutating func next(now: Date) -> Action {
        switch state {
        case .waitingForLeadership:
            return .waitForLeadership
        case .running(let occasion, let last):
            // Still running: the caller should not ask; say the same again.
            return .run(occasion, late: isLate(occasion, now: now), lastScheduledDay: last)
        case .leading(let last):
            let latest = schedule.latest(atOrBefore: now)
            if last.map({ $0 < latest.day }) ?? true {
                state = .running(latest, lastScheduledDay: last)
                return .run(latest, late: isLate(latest, now: now), lastScheduledDay: last)
            }
            return .sleep(until: schedule.next(after: now).at)
        }
    }

    /// A run is late when it happens on a later day than the one it is for.
    private func isLate(_ occasion: DailySchedule.Occasion, now: Date) -> Bool {
        CalendarDate(now, timeZone: schedule.timeZone) > occasion.day
    }
}
