import AppTestSupport
import Demo
import Domain
import EventStore
import Foundation
import Policies
import Postgres
import Testing

@testable import Scheduler

/// The scheduler as the daemon runs it, on the test clock: restarts, downtime and two daemons on one
/// database.
@Suite(.timeLimit(.minutes(3))) struct SchedulerServiceTests {
    /// Runs `scheduler` until `body` returns.
    static func running<Value: Sendable>(
        _ schedulers: [Scheduler], _ body: @Sendable () async throws -> Value
    ) async throws -> Value {
        try await withThrowingTaskGroup(of: Value?.self) { group in
            for scheduler in schedulers {
                group.addTask {
                    try await scheduler.run()
                    return nil
                }
            }
            let value = try await body()
            group.cancelAll()
            return value
        }
    }

    @Test func restartsAndDowntimeRunEachDayOnceAndMarkTheMissedOnesLate() async throws {
        try await SchedulerHarness.with { h in
            h.setClock("2026-11-30", 8)
            let first = h.scheduler()
            try await Self.running([first]) {
                try await h.eventually { first.status.lastRun?.day == CalendarDate("2026-11-30")! }
            }
            let afterFirst = try await h.effects().count
            #expect(afterFirst > 0)

            // A restart after the day's run: it waits for tomorrow's, and sends nothing.
            let second = h.scheduler()
            try await Self.running([second]) {
                try await h.eventually { second.status.nextRunAt != nil }
            }
            #expect(second.status.lastRun == nil)
            #expect(try await h.effects().count == afterFirst)
            #expect(try await h.runs().count == 1)

            // Down until the 3rd at 06:00: the 2nd's run is made, late, once.
            h.setClock("2026-12-03", 6)
            let third = h.scheduler()
            try await Self.running([third]) {
                try await h.eventually { third.status.lastRun?.day == CalendarDate("2026-12-02")! }
                #expect(third.status.lastRun?.late == true)
                // At 07:00 the 3rd's own run follows, on time.
                h.setClock("2026-12-03", 7, 1)
                try await h.eventually { third.status.lastRun?.day == CalendarDate("2026-12-03")! }
                #expect(third.status.lastRun?.late == false)
            }
            #expect(try await h.runs().map(\.day.description) == ["2026-11-30", "2026-12-02", "2026-12-03"])
            try await PolicyRunTests.expectNoDuplicates(h)
        }
    }

    @Test func twoDaemonsRunEachDayOnceAndTheOtherTakesOver() async throws {
        try await SchedulerHarness.with { h in
            h.setClock("2026-11-30", 8)
            let one = h.scheduler()
            let two = h.scheduler()
            // Both ask for a run by hand at the same moment as the schedule runs: nothing is doubled.
            let runs = try await Self.running([one, two]) {
                async let a = one.runNow(metadata: EventMetadata(actor: "a", client: "tests"))
                async let b = two.runNow(metadata: EventMetadata(actor: "b", client: "tests"))
                _ = try await (a, b)
                try await h.eventually { try await h.runs().contains { $0.trigger == .scheduled } }
                #expect(one.status.leading != two.status.leading)
                return try await h.runs()
            }
            #expect(runs.filter { $0.trigger == .scheduled }.count == 1)
            #expect(try await h.queuedLetters() == runs.map(\.messages).reduce(0, +))
            try await PolicyRunTests.expectNoDuplicates(h)

            // The one that held the schedule dies; the other takes over and runs the next day.
            let survivor = h.scheduler()
            try await Self.running([survivor]) {
                h.setClock("2026-12-01", 7, 30)
                try await h.eventually { survivor.status.lastRun?.day == CalendarDate("2026-12-01")! }
            }
            let scheduled = try await h.runs().filter { $0.trigger == .scheduled }
            #expect(scheduled.map(\.day.description) == ["2026-11-30", "2026-12-01"])
            #expect(try await h.queuedLetters() == (try await h.runs()).map(\.messages).reduce(0, +))
            try await PolicyRunTests.expectNoDuplicates(h)
        }
    }

    @Test func digestsMissedByDowntimeGoOutLateOnceAndTwoDaemonsSendThemOnce() async throws {
        try await SchedulerHarness.with { h in
            try await h.setContacts()
            // The schedule began in November (a new installation makes up for no month) …
            h.setClock("2026-11-30", 9)
            let first = h.scheduler()
            try await Self.running([first]) {
                try await h.eventually { first.status.nextDigestsAt != nil }
            }
            #expect(try await h.digestRuns().isEmpty)
            // … then the daemons were down across the 1st of December at 08:00: November's digests are due.
            h.setClock("2026-12-03", 10)
            let one = h.scheduler()
            let two = h.scheduler()
            try await Self.running([one, two]) {
                try await h.eventually { try await h.digestRuns().contains { $0.trigger == .scheduled } }
            }
            let runs = try await h.digestRuns()
            #expect(runs.count == 1)
            let ran = try #require(runs.first)
            #expect(ran.month == CalendarMonth("2026-11")! && ran.late && ran.mailed > 0)
            let sent = try await h.sentDigests()
            #expect(sent.count == ran.mailed)
            #expect(sent.allSatisfy { $0.lateSince == CalendarDate("2026-12-01")! && $0.month == ran.month })
            let texts = try await h.digestTexts()
            #expect(texts.count == ran.mailed)
            #expect(texts.allSatisfy { $0.contains("Det här brevet kommer senare än vanligt.") })

            // A restart the same month sends nothing more, and waits for January.
            let again = h.scheduler()
            try await Self.running([again]) {
                try await h.eventually { again.status.nextDigestsAt != nil }
            }
            #expect(try await h.sentDigests().count == ran.mailed)
            #expect(try await h.digestRuns().count == 1)
        }
    }
}

extension SchedulerServiceTests {
    @Test func digestsThatKeepFailingDoNotHoldBackTheDailyReminders() async throws {
        try await SchedulerHarness.with { h in
            // Lund has no address, and its letter cannot be printed: the state directory is a file.
            try await h.setContacts(except: [.council(DemoScenario.lundCouncil)])
            let notADirectory = h.stateDirectory.appendingPathComponent("not-a-directory")
            try Data("x".utf8).write(to: notADirectory)
            try #require(try await h.run("2026-11-30"))
            h.setClock("2026-12-03", 10)
            let scheduler = h.scheduler(digestRun: h.digestRun(stateDirectory: notADirectory))
            try await Self.running([scheduler]) {
                try await h.eventually { scheduler.status.lastRun?.day == CalendarDate("2026-12-03")! }
                try await h.eventually { scheduler.status.problem?.contains("digests for 2026-11") == true }
                // The next morning's reminders run while the digests wait for their retry.
                h.setClock("2026-12-04", 7, 1)
                try await h.eventually { scheduler.status.lastRun?.day == CalendarDate("2026-12-04")! }
            }
            // The other councils' and ledningar's digests went out; the month is not recorded as done.
            let sent = try await h.sentDigests()
            #expect(!sent.isEmpty && !sent.contains { $0.recipient == .council(DemoScenario.lundCouncil) })
            #expect(try await h.digestRuns().isEmpty)
        }
    }
}

extension SchedulerServiceTests {
    /// A failed run is tried again on the organisation's clock: not before its back-off has passed on
    /// that clock, and then at once — so the whole course runs on a hand-moved clock.
    @Test func aFailedRunIsRetriedWhenTheOrganisationsClockPassesItsBackOff() async throws {
        try await SchedulerHarness.with { h in
            try await h.setContacts(except: [.council(DemoScenario.lundCouncil)])
            let letters = h.stateDirectory.appendingPathComponent("letters-later")
            try Data("x".utf8).write(to: letters)
            try #require(try await h.run("2026-11-30"))
            h.setClock("2026-12-03", 10)
            let scheduler = h.scheduler(digestRun: h.digestRun(stateDirectory: letters))
            try await Self.running([scheduler]) {
                try await h.eventually { scheduler.status.problem?.contains("digests for 2026-11") == true }
                // The cause goes away; the clock has not moved, so nothing is tried yet.
                try FileManager.default.removeItem(at: letters)
                try FileManager.default.createDirectory(at: letters, withIntermediateDirectories: true)
                #expect(try await h.digestRuns().isEmpty)
                // Past the first back-off (5 s doubled once: 10 s) on the organisation's clock: it runs.
                h.app.clock.advance(seconds: 11)
                try await h.eventually { try await h.digestRuns().count == 1 }
            }
            #expect(try await h.sentDigests().contains { $0.recipient == .council(DemoScenario.lundCouncil) })
        }
    }
}

extension SchedulerHarness {
    func digestRuns() async throws -> [DigestsRan] {
        try await app.pool.query(
            """
            SELECT data FROM \(identifier: app.schema).events WHERE event_type = 'DigestsRan'
            ORDER BY transaction_id, sequence
            """
        ).map { try $0.decode("data", as: PostgresJSONB.self).decode(DigestsRan.self) }
    }

    func sentDigests() async throws -> [DigestSent] {
        try await app.pool.query(
            """
            SELECT data FROM \(identifier: app.schema).events WHERE event_type = 'DigestSent'
            ORDER BY transaction_id, sequence
            """
        ).map { try $0.decode("data", as: PostgresJSONB.self).decode(DigestSent.self) }
    }

    /// The plain-text parts of the digests in the outbox.
    func digestTexts() async throws -> [String] {
        try await app.pool.query(
            """
            SELECT data->>'text' AS text FROM \(identifier: app.schema).events
            WHERE event_type = 'MailQueued' AND data->>'purpose' = 'digest'
            """
        ).map { try $0.decode("text") }
    }
}
