import AppTestSupport
import Domain
import Foundation
import Letters
import Policies
import Projections
import ReadModelTypes
import Testing

@testable import Scheduler

/// What the demo answers — every issue's trace, the issue list, what is due, the council and ledning
/// digests and the reminders a run would send — written out in full and compared with
/// `Golden/demo-answers.json`, recorded from the code before the one write path (commit d4b15c7), so a
/// change of the write side that changes an answer is seen. `TREDJEKRAFT_RECORD_GOLDEN=1` writes the
/// file instead (then read its diff before committing it).
@Suite struct DemoAnswersTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/demo-answers.json")

    struct Answers: Codable, Equatable {
        var issues: [IssueSummary]
        var traces: [Trace]
        var due: [DueItem]
        var digests: [Letter]
        var reminders: [Letter]

        struct Letter: Codable, Equatable {
            var recipient: String
            var subject: String
            var text: String
            var html: String
        }
    }

    @Test func theDemoAnswersAsItDidBeforeTheOneWritePath() async throws {
        let answers = try await SchedulerHarness.with { h in
            let day = CalendarDate(SchedulerHarness.demoDay)!
            let issues = try await h.app.readModel.issues().sorted { $0.id < $1.id }
            var traces: [Trace] = []
            for issue in issues {
                let detail = try await h.app.readModel.issue(issue.id)
                for source in detail.sources {
                    guard let id = UUID(uuidString: source.id) else { continue }
                    traces.append(try await h.app.readModel.trace(id))
                }
            }
            let digests = try await h.digestRun().plan(
                month: CalendarMonth(containing: day), sentOn: day, lateSince: nil
            )
            .map {
                Answers.Letter(
                    recipient: "\($0.recipient)", subject: $0.letter.subject, text: $0.letter.text, html: $0.letter.html
                )
            }
            let reminders = try await h.policyRun().plan(day: day, configuration: .defaults, lastScheduledDay: nil)
                .letters
                .map {
                    Answers.Letter(
                        recipient: "\($0.message.recipient)", subject: $0.subject, text: $0.text, html: $0.html)
                }
            return Answers(
                issues: issues, traces: traces, due: try await h.app.readModel.due(), digests: digests,
                reminders: reminders)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let written = try encoder.encode(answers)
        if ProcessInfo.processInfo.environment["TREDJEKRAFT_RECORD_GOLDEN"] == "1" {
            try written.write(to: Self.golden)
            return
        }
        let expected = try JSONDecoder().decode(Answers.self, from: try Data(contentsOf: Self.golden))
        #expect(answers.issues == expected.issues)
        #expect(answers.traces == expected.traces)
        #expect(answers.due == expected.due)
        #expect(answers.digests == expected.digests)
        #expect(answers.reminders == expected.reminders)
        #expect(!answers.traces.isEmpty && !answers.digests.isEmpty && !answers.reminders.isEmpty)
    }
}
