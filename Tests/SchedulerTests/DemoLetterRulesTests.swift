import AppTestSupport
import Demo
import Digests
import Domain
import Foundation
import Letters
import Policies
import Projections
import Testing
import Wording

@testable import Scheduler

/// The rules every letter keeps, over every letter the demo makes from the read models: the
/// reminders (and escalations, if any) of its last day, November's digests (printed and mailed) to
/// every council and ledning, every council's agenda (both copies), and the test message. Own
/// sentences start with a capital; LIX ≤ 40; commands only in the coordinator's copy; no issue or
/// proposal id in a letter a council reads.
@Suite(.timeLimit(.minutes(3))) struct DemoLetterRulesTests {
    struct Sample {
        var name: String
        var letter: Letters.Letter
        var coordinators = false
        var councils = false
    }

    func samples(_ h: SchedulerHarness) async throws -> [Sample] {
        var samples: [Sample] = []
        let plan = try await h.policyRun().plan(
            day: CalendarDate(SchedulerHarness.demoDay)!, configuration: .defaults, lastScheduledDay: nil)
        for message in plan.letters.map(\.message) {
            samples.append(
                Sample(
                    name: "\(message.purpose.rawValue) till \(message.recipient)",
                    letter: ReminderWording.letter(message, names: plan.names, today: plan.day),
                    coordinators: message.recipient.kind == .coordinator))
        }
        h.app.clock.set("2026-12-01")
        let november = CalendarMonth("2026-11")!
        let today = h.app.organisationClock.today
        for planned in try await h.digestRun().plan(month: november, sentOn: today, lateSince: nil) {
            let council = planned.recipient.kind == .council
            samples.append(
                Sample(
                    name: "utskrivet månadsbrev till \(planned.recipientName)", letter: planned.letter,
                    councils: council))
        }
        try await h.setContacts()
        for planned in try await h.digestRun().plan(month: november, sentOn: today, lateSince: nil) {
            let council = planned.recipient.kind == .council
            samples.append(
                Sample(
                    name: "månadsbrev till \(planned.recipientName)", letter: planned.letter, councils: council))
        }
        for facts in try await h.app.readModel.councilDigestFacts(councilId: nil) {
            let given = try await h.app.readModel.givenFeedback(councilId: facts.council.id)
            let agenda = CouncilAgenda.make(facts, given: given, meetingOn: CalendarDate("2026-12-10")!)
            samples.append(
                Sample(
                    name: "dagordning för \(facts.council.name)", letter: AgendaWording.letter(agenda),
                    councils: true))
            samples.append(
                Sample(
                    name: "dagordning för \(facts.council.name), samordnarens kopia",
                    letter: AgendaWording.letter(agenda, copy: .coordinator), coordinators: true))
        }
        samples.append(
            Sample(
                name: "provmeddelande",
                letter: TestMessageWording.letter(sentAt: "2026-12-01 09:15", host: "tredjekraft.example.org")))
        return samples
    }

    @Test func everyLetterOfTheDemoKeepsTheRules() async throws {
        try await SchedulerHarness.with { h in
            let samples = try await samples(h)
            #expect(samples.contains { $0.name.hasPrefix("dagordning") })
            #expect(samples.contains { $0.name.hasPrefix("reminder") && !$0.coordinators })
            let facts = try await h.app.readModel.councilDigestFacts(councilId: nil)
            let ids = Set(
                facts.flatMap { $0.proposals.map(\.id.description) + $0.issues.map(\.id.description) }.map {
                    Swedish.shortID($0)
                })
            for sample in samples {
                let lower = sample.letter.sentencesInLowerCase
                #expect(lower.isEmpty, "\(sample.name): \(lower)")
                #expect(!sample.letter.text.contains("i 0 dagar"), "\(sample.name)")
                let lix = Readability.lix(sample.letter.ownSentences)
                #expect(lix <= 40, "\(sample.name): LIX \(lix)")
                let text = sample.letter.text + sample.letter.html
                let shown = ids.filter { text.contains($0) }.sorted()
                if !sample.coordinators {
                    #expect(!sample.letter.hasCommands, "\(sample.name):\n\(sample.letter.text)")
                }
                if sample.councils { #expect(shown.isEmpty, "\(sample.name): \(shown)") }
            }
        }
    }
}
