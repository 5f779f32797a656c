import Digests
import Domain
import Foundation
import Policies
import Testing

@testable import Scheduler

/// The schedule's decisions over days, restarts and downtime, on a hand-set clock: no database.
@Suite struct SchedulerStateMachineTests {
    static let stockholm = TimeZone(identifier: "Europe/Stockholm")!
    static let schedule = DailySchedule(runAt: TimeOfDay(hour: 7, minute: 0), timeZone: stockholm)

    static func at(_ day: String, _ hour: Int, _ minute: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = stockholm
        let date = CalendarDate(day)!
        return calendar.date(
            from: DateComponents(year: date.year, month: date.month, day: date.day, hour: hour, minute: minute))!
    }

    static func occasion(_ day: String) -> DailySchedule.Occasion {
        DailySchedule.Occasion(day: CalendarDate(day)!, at: at(day, 7))
    }

    @Test func theFirstStartRunsTheLatestOccasionAtOnce() {
        var machine = SchedulerStateMachine(schedule: Self.schedule)
        #expect(
            machine.leadershipAcquired(last: nil, now: Self.at("2026-11-30", 9))
                == .run(Self.occasion("2026-11-30"), late: false, last: nil))
    }

    @Test func afterTheRunItSleepsUntilTomorrowsRunAt() {
        var machine = SchedulerStateMachine(schedule: Self.schedule)
        _ = machine.leadershipAcquired(last: nil, now: Self.at("2026-11-30", 9))
        #expect(
            machine.runFinished(period: CalendarDate("2026-11-30")!, now: Self.at("2026-11-30", 9, 1))
                == .sleep(until: Self.at("2026-12-01", 7)))
        #expect(machine.woke(now: Self.at("2026-12-01", 6, 59)) == .sleep(until: Self.at("2026-12-01", 7)))
        #expect(
            machine.woke(now: Self.at("2026-12-01", 7))
                == .run(Self.occasion("2026-12-01"), late: false, last: CalendarDate("2026-11-30")!))
    }

    @Test func aRestartAfterTheDaysRunDoesNotRunAgain() {
        var machine = SchedulerStateMachine(schedule: Self.schedule)
        #expect(
            machine.leadershipAcquired(last: CalendarDate("2026-11-30")!, now: Self.at("2026-11-30", 7, 30))
                == .sleep(until: Self.at("2026-12-01", 7)))
    }

    @Test func aRestartBetweenRunAtAndTheRunRunsOnceOnTime() {
        var machine = SchedulerStateMachine(schedule: Self.schedule)
        #expect(
            machine.leadershipAcquired(last: CalendarDate("2026-11-29")!, now: Self.at("2026-11-30", 7, 30))
                == .run(Self.occasion("2026-11-30"), late: false, last: CalendarDate("2026-11-29")!))
    }

    @Test func afterDowntimeOneLateRunMakesUpForTheMissedDays() {
        var machine = SchedulerStateMachine(schedule: Self.schedule)
        // Down from the 30th's run until the 3rd at 06:00: the 2nd's run is made, late.
        #expect(
            machine.leadershipAcquired(last: CalendarDate("2026-11-30")!, now: Self.at("2026-12-03", 6))
                == .run(Self.occasion("2026-12-02"), late: true, last: CalendarDate("2026-11-30")!))
        #expect(
            machine.runFinished(period: CalendarDate("2026-12-02")!, now: Self.at("2026-12-03", 6, 1))
                == .sleep(until: Self.at("2026-12-03", 7)))
    }

    @Test func aFailedRunIsTriedAgain() {
        var machine = SchedulerStateMachine(schedule: Self.schedule)
        _ = machine.leadershipAcquired(last: CalendarDate("2026-11-29")!, now: Self.at("2026-11-30", 8))
        machine.runFailed()
        #expect(
            machine.woke(now: Self.at("2026-11-30", 8, 5))
                == .run(Self.occasion("2026-11-30"), late: false, last: CalendarDate("2026-11-29")!))
    }

    @Test func losingTheLockStopsScheduling() {
        var machine = SchedulerStateMachine(schedule: Self.schedule)
        _ = machine.leadershipAcquired(last: nil, now: Self.at("2026-11-30", 8))
        #expect(machine.leadershipLost() == .waitForLeadership)
        #expect(machine.woke(now: Self.at("2026-11-30", 9)) == .waitForLeadership)
    }

    @Test func runAtFollowsDaylightSavingTime() {
        // Summer time: 07:00 in Stockholm is 05:00 UTC; winter time 06:00 UTC.
        let summer = Self.schedule.occasion(of: CalendarDate("2026-06-15")!).at
        let winter = Self.schedule.occasion(of: CalendarDate("2026-12-15")!).at
        #expect(Int(summer.timeIntervalSince1970) % 86_400 == 5 * 3600)
        #expect(Int(winter.timeIntervalSince1970) % 86_400 == 6 * 3600)
        // On the night the clocks skip 02:00–03:00, a run at 02:30 still happens that day.
        let skipped = DailySchedule(runAt: TimeOfDay(hour: 2, minute: 30), timeZone: Self.stockholm)
        let night = skipped.occasion(of: CalendarDate("2026-03-29")!)
        #expect(CalendarDate(night.at, timeZone: Self.stockholm) == CalendarDate("2026-03-29")!)
    }

    @Test func lateEffectsAreThoseThatFellDueWhileNoRunHappened() {
        let last = CalendarDate("2026-11-30")!
        let today = CalendarDate("2026-12-03")!
        #expect(Effect.lateness(dueOn: CalendarDate("2026-12-01")!, lastScheduledDay: last, today: today) != nil)
        #expect(Effect.lateness(dueOn: CalendarDate("2026-12-03")!, lastScheduledDay: last, today: today) == nil)
        #expect(Effect.lateness(dueOn: CalendarDate("2026-11-20")!, lastScheduledDay: last, today: today) == nil)
        #expect(Effect.lateness(dueOn: CalendarDate("2026-12-01")!, lastScheduledDay: nil, today: today) == nil)
    }
}

/// The monthly digests' schedule: the occasion in a month is for the month before; downtime across
/// the sending day gives one late run for the latest month.
@Suite struct MonthlyScheduleTests {
    static let schedule = MonthlySchedule(
        DigestsConfiguration(dayOfMonth: 1, runAt: TimeOfDay(hour: 8, minute: 0)),
        timeZone: SchedulerStateMachineTests.stockholm)

    static func at(_ day: String, _ hour: Int, _ minute: Int = 0) -> Date {
        SchedulerStateMachineTests.at(day, hour, minute)
    }

    @Test func theOccasionInDecemberIsForNovember() {
        let latest = Self.schedule.latest(atOrBefore: Self.at("2026-12-01", 9))
        #expect(latest.period == CalendarMonth("2026-11")! && latest.day == CalendarDate("2026-12-01")!)
        #expect(latest.at == Self.at("2026-12-01", 8))
        #expect(Self.schedule.latest(atOrBefore: Self.at("2026-12-01", 7)).period == CalendarMonth("2026-10")!)
        #expect(Self.schedule.next(after: Self.at("2026-12-01", 7)).at == Self.at("2026-12-01", 8))
        #expect(Self.schedule.next(after: Self.at("2026-12-01", 8)).at == Self.at("2027-01-01", 8))
    }

    @Test func afterTheRunItSleepsUntilNextMonth() {
        var machine = SchedulerStateMachine(schedule: Self.schedule)
        let november = CalendarMonth("2026-11")!
        #expect(
            machine.leadershipAcquired(last: CalendarMonth("2026-10")!, now: Self.at("2026-12-01", 8, 30))
                == .run(Self.schedule.occasion(for: november), late: false, last: CalendarMonth("2026-10")!))
        #expect(
            machine.runFinished(period: november, now: Self.at("2026-12-01", 8, 31))
                == .sleep(until: Self.at("2027-01-01", 8)))
        // A restart the same month does nothing.
        var again = SchedulerStateMachine(schedule: Self.schedule)
        #expect(
            again.leadershipAcquired(last: november, now: Self.at("2026-12-20", 12))
                == .sleep(until: Self.at("2027-01-01", 8)))
    }

    @Test func downtimeAcrossTheSendingDayGivesOneLateRun() {
        var machine = SchedulerStateMachine(schedule: Self.schedule)
        // Down from November until the 3rd of December: November's digests go out late, once.
        let action = machine.leadershipAcquired(last: CalendarMonth("2026-10")!, now: Self.at("2026-12-03", 10))
        #expect(
            action
                == .run(
                    Self.schedule.occasion(for: CalendarMonth("2026-11")!), late: true, last: CalendarMonth("2026-10")!)
        )
    }
}
