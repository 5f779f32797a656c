import Digests
import Domain
import EventStore
import Foundation
import Logging
import Policies
import Postgres
import ServiceLifecycle
import Synchronization

/// Runs the policies every day at `policies.run_at` and the digests every month on
/// `digests.day_of_month` at `digests.run_at`, and after start when a run was missed. A lifecycle
/// service driving two ``SchedulerStateMachine``s on the daemon's one clock. (The feedback of
/// delivered digests is a reaction of its own: ``DigestFeedbackService``.)
///
/// With several daemons on one database only the one holding the scheduler's advisory lock (on a
/// session of its own) runs the schedule; the others try again every `leadershipRetry`. The holder
/// looks at its lock's session every `leadershipCheck` while it sleeps, so a lost session (a failover,
/// a server restart) ends its claim within seconds, and one daemon takes over within the sum of the two. `reminders run` and `digest send` go through
/// ``runNow(metadata:)`` and ``sendDigests(month:recipients:metadata:)`` on any daemon; the runs'
/// own locks keep them from overlapping.
package final class Scheduler: Service, Sendable {
    package let policyRun: PolicyRun
    package let digestRun: DigestRun
    let clock: OrganisationClock
    let logger: Logger
    /// How often a sleeping scheduler looks at the clock (which tests move by hand).
    let tick: Duration
    /// How often a daemon without the schedule tries to take it.
    let leadershipRetry: Duration
    /// How often the holder makes sure its lock's session is alive (`status` claims no more than that).
    let leadershipCheck: Duration
    private let state: Mutex<State>

    private struct State {
        var configuration: PoliciesConfiguration
        var digests: DigestsConfiguration
        var status = SchedulerStatus(leading: false)
        var stopping = false
    }

    package init(
        policyRun: PolicyRun, digestRun: DigestRun, clock: OrganisationClock, configuration: PoliciesConfiguration,
        digests: DigestsConfiguration = .defaults, logger: Logger, tick: Duration = .seconds(1),
        leadershipRetry: Duration = .seconds(5), leadershipCheck: Duration = .seconds(2)
    ) {
        self.policyRun = policyRun
        self.digestRun = digestRun
        self.clock = clock
        self.logger = logger
        self.tick = tick
        self.leadershipRetry = leadershipRetry
        self.leadershipCheck = leadershipCheck
        self.state = Mutex(State(configuration: configuration, digests: digests))
    }

    /// The policies in force; a reload (SIGHUP) replaces them, and a new `run_at` takes effect at once.
    package var configuration: PoliciesConfiguration { state.withLock { $0.configuration } }
    package var digests: DigestsConfiguration { state.withLock { $0.digests } }

    package func update(_ configuration: PoliciesConfiguration, digests: DigestsConfiguration? = nil) {
        state.withLock {
            $0.configuration = configuration
            if let digests { $0.digests = digests }
        }
    }

    package var status: SchedulerStatus { state.withLock { $0.status } }

    /// A run now, for today, whoever holds the schedule (`reminders run`).
    package func runNow(metadata: EventMetadata) async throws -> PoliciesRan? {
        let ran = try await policyRun.execute(
            day: clock.today, trigger: .manual, late: false, configuration: configuration, metadata: metadata)
        state.withLock { $0.status.lastRun = ran ?? $0.status.lastRun }
        return ran
    }

    /// What a run on `day` would send (`reminders preview`).
    package func preview(day: CalendarDate) async throws -> RunPlan {
        try await policyRun.plan(
            day: day, configuration: configuration, lastScheduledDay: try await policyRun.lastScheduledDay())
    }

    /// The digests of `month` not sent before, now (`digest send`), whoever holds the schedule.
    package func sendDigests(month: CalendarMonth, recipients: DigestRun.Recipients, metadata: EventMetadata)
        async throws -> DigestsRan?
    {
        let ran = try await digestRun.execute(
            month: month, trigger: .manual, lateSince: nil, recipients: recipients, metadata: metadata)
        state.withLock { $0.status.lastDigests = ran ?? $0.status.lastDigests }
        return ran
    }

    // MARK: Running

    package func run() async throws {
        await withGracefulShutdownHandler {
            await lead()
        } onGracefulShutdown: {
            self.state.withLock { $0.stopping = true }
        }
    }

    var isStopping: Bool { Task.isCancelled || state.withLock { $0.stopping } }

    /// The jobs the schedule holds, each with its schedule from the configuration as it is now, how it
    /// finds its last run in the log, and what it runs. A new job is one more value here.
    private func jobs() -> [any ScheduledJob] {
        let metadata = EventMetadata(actor: "scheduler", client: "tredjekraftd")
        return [
            RecurringJob(
                name: "policy run for",
                schedule: { [self] in DailySchedule(runAt: configuration.runAt, timeZone: clock.timeZone) },
                lastRun: { recorded, _, _ in recorded.lastScheduledDay },
                report: { [self] next in state.withLock { $0.status.nextRunAt = next } },
                run: { [self] occasion, late in
                    let ran = try await policyRun.execute(
                        day: occasion.day, trigger: .scheduled, late: late, configuration: configuration,
                        metadata: metadata)
                    state.withLock { $0.status.lastRun = ran ?? $0.status.lastRun }
                }),
            RecurringJob(
                name: "digests for",
                schedule: { [self] in MonthlySchedule(digests, timeZone: clock.timeZone) },
                // Nothing before the schedule began is owed (a new installation, or one whose first run
                // was of the policies alone): the first digests go out on the first sending day after that.
                lastRun: { recorded, schedule, now in
                    recorded.lastDigestMonth ?? schedule.latest(atOrBefore: recorded.begunAt?.date ?? now).period
                },
                report: { [self] next in state.withLock { $0.status.nextDigestsAt = next } },
                run: { [self] occasion, late in
                    let ran = try await digestRun.execute(
                        month: occasion.period, trigger: .scheduled, lateSince: late ? occasion.day : nil,
                        metadata: metadata)
                    state.withLock { $0.status.lastDigests = ran ?? $0.status.lastDigests }
                }),
        ]
    }

    /// Takes the schedule when it is free and keeps it until shutdown or until the session fails.
    private func lead() async {
        var jobs = jobs()
        while !isStopping {
            do {
                _ = try await policyRun.store.withLeadership(named: "scheduler") { session in
                    logger.notice("scheduler running: this daemon holds the schedule")
                    state.withLock { $0.status.leading = true }
                    defer { state.withLock { $0.status.leading = false } }
                    try await follow(&jobs, session: session)
                }
            } catch is CancellationError {
                return
            } catch {
                if !isStopping {
                    logger.warning("scheduler paused: \(error)", metadata: ["retry_in": "\(leadershipRetry)"])
                }
            }
            for index in jobs.indices { jobs[index].leadershipLost() }
            await pause(leadershipRetry)
        }
    }

    /// The jobs' state machines, while this daemon holds the schedule: each job runs when due, a failed
    /// one is tried again after a back-off (10 s, doubling, at most 5 min) without holding back the
    /// others; in between, sleep until the earliest of their next occasions and retries.
    private func follow(_ jobs: inout [any ScheduledJob], session: PostgresConnection) async throws {
        let recorded = try await policyRun.store.scheduleState()
        for index in jobs.indices { jobs[index].leadershipAcquired(recorded, now: clock.now) }
        while !isStopping {
            var ran = false
            for index in jobs.indices where !ran {
                ran = await jobs[index].runIfDue(now: { clock.now }, ended: ended)
            }
            if ran { continue }
            if jobs.contains(where: \.waitsForLeadership) { return }
            for job in jobs { job.publishNextOccasion() }
            try await sleep(until: jobs.compactMap(\.wakeAt).min(), session: session, jobs: &jobs)
            for index in jobs.indices { jobs[index].woke(now: clock.now) }
        }
    }

    /// A run ended: a success clears the problem `status` shows; a failure is logged and shown, and
    /// sets when it is tried again (10 s, doubling, at most 5 min).
    private func ended(_ what: String, _ error: (any Error)?, retry: inout JobRetry) {
        guard let error else {
            state.withLock { $0.status.problem = nil }
            return
        }
        retry.failures += 1
        let wait = min(300, 5 << min(retry.failures, 6))
        retry.at = clock.now.addingTimeInterval(TimeInterval(wait))
        logger.warning("\(what) failed: \(error)", metadata: ["retry_in": "\(wait) seconds"])
        state.withLock { $0.status.problem = "\(what) failed: \(error)" }
    }

    /// Sleeps until `deadline` on the organisation's clock (a job's next occasion or retry), looking every
    /// tick for a changed schedule (a new `run_at` after SIGHUP, followed at once); checks the lock's
    /// session every `leadershipCheck`.
    private func sleep(until deadline: Date?, session: PostgresConnection, jobs: inout [any ScheduledJob])
        async throws
    {
        var sinceCheck = Duration.zero
        while !isStopping, deadline.map({ clock.now < $0 }) ?? true {
            var changed = false
            for index in jobs.indices where jobs[index].refreshSchedule() { changed = true }
            if changed { return }
            try? await Task.sleep(for: tick)
            sinceCheck += tick
            if sinceCheck >= leadershipCheck {
                _ = try await session.execute("SELECT 1")
                sinceCheck = .zero
            }
        }
    }

    /// Sleeps, or returns early on shutdown.
    private func pause(_ duration: Duration) async {
        var left = duration
        while left > .zero, !isStopping {
            try? await Task.sleep(for: min(tick, left))
            left -= tick
        }
    }
}
