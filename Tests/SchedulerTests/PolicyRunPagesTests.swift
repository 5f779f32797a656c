import AppTestSupport
import Domain
import EventStore
import Foundation
import Letters
import Policies
import Postgres
import Projections
import ReadModelTypes
import Testing

@testable import Scheduler

/// The sweep in pages gives exactly the letters of the sweep at once: the same recipients, effects,
/// subjects, texts and HTML, and the same `MailQueued` events, whatever the page size.
@Suite(.timeLimit(.minutes(3))) struct PolicyRunPagesTests {
    /// The sweep as it was before it went in pages, kept as the reference: every fact and prior effect
    /// at once, one evaluation, the letters grouped from all effects.
    static func atOnce(_ h: SchedulerHarness, day: CalendarDate, lastScheduledDay: CalendarDate?) async throws
        -> [RunPlan.Letter]
    {
        let readModel = h.app.readModel
        let facts = try await readModel.policyFacts()
        let prior = try await readModel.priorEffects()
        var effects = PolicyEngine.evaluate(facts: facts, prior: prior, today: day, configuration: .defaults)
        let today = h.app.organisationClock.today
        for index in effects.indices {
            effects[index].lateSince = Effect.lateness(
                dueOn: effects[index].dueOn, lastScheduledDay: lastScheduledDay, today: today)
        }
        let councils = Dictionary(
            try await readModel.councils().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let units = Dictionary(
            try await readModel.units().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let names = ReminderNames(facts: facts, councils: councils, units: units)
        return MessagePlan(effects: effects).messages.map { message in
            let content = ReminderWording.content(message, names: names, today: day)
            return RunPlan.Letter(message: message, subject: content.subject, text: content.text, html: content.html)
        }
    }

    /// Every page size gives the reference's letters, field by field.
    static func expectSameLetters(
        _ h: SchedulerHarness, day: CalendarDate, lastScheduledDay: CalendarDate?, pageSizes: [Int]
    ) async throws -> [RunPlan.Letter] {
        let reference = try await atOnce(h, day: day, lastScheduledDay: lastScheduledDay)
        #expect(!reference.isEmpty)
        for size in pageSizes {
            let letters = try await h.policyRun().plan(
                day: day, configuration: .defaults, lastScheduledDay: lastScheduledDay, pageSize: size
            ).letters
            #expect(letters.map(\.message) == reference.map(\.message), "page size \(size)")
            #expect(letters.map(\.subject) == reference.map(\.subject), "page size \(size)")
            #expect(letters.map(\.text) == reference.map(\.text), "page size \(size)")
            #expect(letters.map(\.html) == reference.map(\.html), "page size \(size)")
        }
        return reference
    }

    @Test func theDemosLettersInPagesAreTheLettersAtOnce() async throws {
        try await SchedulerHarness.with { h in
            let open = try await h.app.readModel.policyFacts().issues.count
            #expect(open > 7)
            _ = try await Self.expectSameLetters(
                h, day: CalendarDate(SchedulerHarness.demoDay)!, lastScheduledDay: nil,
                pageSizes: [1, 2, 7, open - 1, open, 1_000_000])
        }
    }

    /// With prior effects (a run recorded two weeks before, so reminders repeat and ledningen is told)
    /// and a run that makes up for missed days, the pages still give the same letters, and the run
    /// queues exactly their `MailQueued` events.
    @Test func afterEarlierRunsThePagesQueueTheSameMail() async throws {
        try await SchedulerHarness.with { h in
            let first = CalendarDate(SchedulerHarness.demoDay)!
            try await h.run(first.description, trigger: .manual)
            let later = first.adding(days: 15)
            h.setClock(later.description, 12)
            let reference = try await Self.expectSameLetters(
                h, day: later, lastScheduledDay: first.adding(days: 10), pageSizes: [1, 3, 7, 1_000_000])
            #expect(reference.contains { $0.message.effects.contains { !$0.remindersBefore.isEmpty } })

            let before = try await h.queuedLetters()
            let plan = try await h.policyRun().plan(
                day: later, configuration: .defaults, lastScheduledDay: first.adding(days: 10), pageSize: 7)
            let counts = try await h.policyRun().record(
                plan, metadata: EventMetadata(actor: "scheduler", client: "tests"))
            try await h.app.runner.waitUntilProcessed(try await h.app.store.headPosition(), timeout: .seconds(60))
            #expect(counts.messages == reference.count)
            let queued = try await h.app.pool.query(
                """
                SELECT data->>'subject' AS subject, data->>'text' AS text, data->>'html' AS html
                FROM \(identifier: h.app.schema).events
                WHERE event_type = 'MailQueued' AND data->>'purpose' IN ('reminder', 'escalation')
                ORDER BY transaction_id, sequence OFFSET \(before)
                """
            ).map {
                [
                    try $0.decode("subject", as: String.self), try $0.decode("text", as: String.self),
                    try $0.decode("html", as: String.self),
                ]
            }
            #expect(queued == reference.map { [$0.subject, $0.text, $0.html] })
        }
    }
}
