import AppTestSupport
import Domain
import EventStore
import Foundation
import Policies
import Postgres
import Projections
import Testing

@testable import Scheduler

/// Letters that can be answered by mail (issue 31), as the policy run queues them: with replies
/// configured each `MailQueued` lists its answerable items and their issues, as its text numbers them;
/// without, no event lists any and no letter speaks of answering.
@Suite struct PolicyRunAnswersTests {
    struct Queued: Decodable {
        var text: String
        var html: String?
        var answerable: [AnswerableItem]?
    }

    func queued(_ h: SchedulerHarness) async throws -> [(version: Int, mail: Queued)] {
        let rows = try await h.app.pool.query(
            """
            SELECT schema_version, data::text AS data FROM \(identifier: h.app.schema).events
            WHERE event_type = 'MailQueued' ORDER BY sequence
            """)
        return try rows.map { row in
            (
                try row.decode("schema_version", as: Int.self),
                try JSONDecoder().decode(Queued.self, from: Data(try row.decode("data", as: String.self).utf8))
            )
        }
    }

    @Test func withRepliesEachLetterListsWhatCanBeAnswered() async throws {
        try await SchedulerHarness.with { h in
            let run = h.policyRun(answersByMail: true)
            let plan = try await run.plan(
                day: CalendarDate("2026-11-30")!, configuration: .defaults, lastScheduledDay: nil)
            #expect(plan.letters.contains { !$0.answerable.isEmpty })
            _ = try await run.record(plan, metadata: EventMetadata(actor: "scheduler", client: "tests"))
            let mail = try await queued(h)
            #expect(!mail.isEmpty && mail.allSatisfy { $0.version == 2 })
            var answered = 0
            for (_, letter) in mail {
                let items = letter.answerable ?? []
                #expect(letter.text.contains("Svara på det här brevet") == !items.isEmpty)
                #expect(!letter.text.contains("@"), "no address in a letter's text")
                guard !items.isEmpty else { continue }
                answered += 1
                #expect(letter.html?.contains("<h2>Svara på det här brevet</h2>") == true)
                // Several items: each answer names its item; one: the number may be left out.
                let several = letter.text.contains("\n\n2. ")
                for item in items {
                    #expect(letter.text.contains("\n\n\(item.number). "), "\(item.number)")
                    #expect(
                        letter.text.contains(
                            several ? " \(item.number): " : "Börja raden med ordet, så som det står här."))
                }
            }
            #expect(answered > 0)
        }
    }

    @Test func withoutRepliesNoLetterCanBeAnswered() async throws {
        try await SchedulerHarness.with { h in
            let run = h.policyRun()
            let plan = try await run.plan(
                day: CalendarDate("2026-11-30")!, configuration: .defaults, lastScheduledDay: nil)
            #expect(plan.letters.allSatisfy { $0.answerable.isEmpty })
            _ = try await run.record(plan, metadata: EventMetadata(actor: "scheduler", client: "tests"))
            let mail = try await queued(h)
            #expect(!mail.isEmpty)
            for (_, letter) in mail {
                #expect(letter.answerable == nil)
                #expect(!letter.text.contains("Svara på det här brevet"))
            }
        }
    }
}
