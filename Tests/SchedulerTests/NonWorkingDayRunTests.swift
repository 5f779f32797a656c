import AppTestSupport
import Domain
import Policies
import Testing

@testable import Scheduler

/// A scheduled run on a day that is not a working day sends nothing; the next working day's run
/// sends what fell due, once, and the letter says why it waited.
@Suite(.timeLimit(.minutes(3))) struct NonWorkingDayRunTests {
    /// The demo's weekly reminders fall due again on Monday 7 December 2026, made a closed day here.
    static let closedMonday: PoliciesConfiguration = {
        var configuration = PoliciesConfiguration.defaults
        configuration.calendar = WorkingCalendar(closed: [try! ClosedPeriod(parsing: "2026-12-07")])
        return configuration
    }()

    static let sendingAnyway: PoliciesConfiguration = {
        var configuration = closedMonday
        configuration.onNonWorkingDays = .send
        return configuration
    }()

    @Test func aRunOnAClosedDaySendsOnTheNextWorkingDayOnceAndSaysWhy() async throws {
        try await SchedulerHarness.with { h in
            try await h.run("2026-11-30", configuration: Self.closedMonday)
            let before = try await h.queuedLetters()
            h.app.clock.set("2026-12-07")
            let closed = try await h.run("2026-12-07", configuration: Self.closedMonday)
            #expect(closed?.messages == 0)
            let queuedOnTheClosedDay = try await h.queuedLetters()
            #expect(queuedOnTheClosedDay == before)
            let effects = try await h.effects()
            #expect(effects.allSatisfy { $0.record.on != CalendarDate("2026-12-07")! })

            h.app.clock.set("2026-12-08")
            let next = try await h.run("2026-12-08", configuration: Self.closedMonday)
            let sent = try #require(next?.messages)
            #expect(sent > 0)
            let waited = try await h.effects().filter { $0.record.on == CalendarDate("2026-12-08")! }
            #expect(!waited.isEmpty)
            // Not late: the daemon ran on the 7th, it only did not send.
            #expect(waited.allSatisfy { $0.record.lateSince == nil })
            let texts = try await h.queuedTexts().suffix(sent)
            #expect(
                texts.allSatisfy {
                    $0.contains("Brevet skulle ha skickats 2026-12-07, men verksamheten var stängd.")
                })

            // Once: the same day again and the day after send nothing more about it.
            let again = try await h.run("2026-12-08", configuration: Self.closedMonday)
            #expect(again == nil)
            h.app.clock.set("2026-12-09")
            let after = try await h.run("2026-12-09", configuration: Self.closedMonday)
            #expect((after?.messages ?? 0) == 0)
            try await PolicyRunTests.expectNoDuplicates(h)
        }
    }

    @Test func configuredToSendItSendsOnTheClosedDay() async throws {
        let configuration = Self.sendingAnyway
        try await SchedulerHarness.with { h in
            try await h.run("2026-11-30", configuration: configuration)
            h.app.clock.set("2026-12-07")
            let ran = try await h.run("2026-12-07", configuration: configuration)
            #expect((ran?.messages ?? 0) > 0)
        }
    }
}
