import Domain
import Foundation

/// One recurring job the scheduler keeps, seen without its schedule's period: the loop in
/// ``Scheduler`` drives any number of these, so a third job is a new value, not a change of the loop.
protocol ScheduledJob: Sendable {
    /// For logs and `status`: "policy run for", "digests for".
    var name: String { get }
    /// This daemon took the schedule; `recorded` is what the log says was run last.
    mutating func leadershipAcquired(_ recorded: PolicyScheduleAggregate.State, now: Date)
    mutating func leadershipLost()
    /// Takes the schedule from the configuration as it is now (a SIGHUP may have changed it); `true`
    /// when it changed.
    mutating func refreshSchedule() -> Bool
    /// Whether its state machine waits for the schedule to be taken again.
    var waitsForLeadership: Bool { get }
    /// When it next wants to run: its next occasion, or its retry after a failure.
    var wakeAt: Date? { get }
    /// Runs the occasion that is due, if any and if its retry (after a failure) has come; says how it
    /// ended to `ended` (the error, or nil), which sets the retry after a failure. `true` when it ran.
    mutating func runIfDue(now: () -> Date, ended: (String, (any Error)?, inout JobRetry) -> Void) async -> Bool
    /// A sleep ended: what is due now.
    mutating func woke(now: Date)
    /// Tells `status` when it runs next; the loop calls it when nothing is due and it goes to sleep.
    func publishNextOccasion()
}

/// When a failed job may run again, on the organisation's clock like everything the scheduler decides
/// (so a test moves it by hand, as it moves the days).
struct JobRetry: Sendable {
    var failures = 0
    var at: Date?

    func isDue(now: Date) -> Bool { at.map { now >= $0 } ?? true }
}

/// A job on a ``RecurringSchedule``: its pure ``SchedulerStateMachine``, what it does on an occasion,
/// and how it learns the last period run from the log.
struct RecurringJob<Schedule: RecurringSchedule>: ScheduledJob {
    let name: String
    private var machine: SchedulerStateMachine<Schedule>
    private var retry = JobRetry()
    /// The schedule as configured now.
    private let schedule: @Sendable () -> Schedule
    /// The last period run, from the schedule's stream.
    private let lastRun: @Sendable (PolicyScheduleAggregate.State, Schedule, Date) -> Schedule.Period?
    /// Runs one occasion (`late` when after its own day).
    private let run: @Sendable (ScheduledOccasion<Schedule.Period>, Bool) async throws -> Void
    /// Tells `status` the next occasion (nil while one is due, running, or the schedule is not held).
    private let report: @Sendable (Date?) -> Void

    init(
        name: String, schedule: @escaping @Sendable () -> Schedule,
        lastRun: @escaping @Sendable (PolicyScheduleAggregate.State, Schedule, Date) -> Schedule.Period?,
        report: @escaping @Sendable (Date?) -> Void,
        run: @escaping @Sendable (ScheduledOccasion<Schedule.Period>, Bool) async throws -> Void
    ) {
        self.name = name
        self.schedule = schedule
        self.lastRun = lastRun
        self.report = report
        self.run = run
        machine = SchedulerStateMachine(schedule: schedule())
    }

    private var action: SchedulerStateMachine<Schedule>.Action = .waitForLeadership

    mutating func leadershipAcquired(_ recorded: PolicyScheduleAggregate.State, now: Date) {
        retry = JobRetry()
        action = machine.leadershipAcquired(last: lastRun(recorded, machine.schedule, now), now: now)
    }

    mutating func leadershipLost() {
        action = machine.leadershipLost()
        report(nil)
    }

    func publishNextOccasion() { report(nextOccasion) }

    mutating func refreshSchedule() -> Bool {
        let now = schedule()
        guard now != machine.schedule else { return false }
        machine.schedule = now
        return true
    }

    var waitsForLeadership: Bool { action == .waitForLeadership }

    var wakeAt: Date? {
        let next: Date? = if case .sleep(let until) = action { until } else { nil }
        return [next, retry.at].compactMap { $0 }.min()
    }

    /// The next occasion (nil while a run is due or under way).
    private var nextOccasion: Date? { if case .sleep(let until) = action { until } else { nil } }

    mutating func runIfDue(now: () -> Date, ended: (String, (any Error)?, inout JobRetry) -> Void) async -> Bool {
        guard case .run(let occasion, let late, _) = action, retry.isDue(now: now()) else { return false }
        report(nil)
        do {
            try await run(occasion, late)
            retry = JobRetry()
            ended("\(name) \(occasion.period)", nil, &retry)
            action = machine.runFinished(period: occasion.period, now: now())
        } catch {
            machine.runFailed()
            ended("\(name) \(occasion.period)", error, &retry)
            action = machine.woke(now: now())
        }
        return true
    }

    mutating func woke(now: Date) { action = machine.woke(now: now) }
}
