import AppTestSupport
import Demo
import Digests
import Domain
import Foundation
import Letters
import Policies
import Projections
import TestSupport
import Testing

@testable import Scheduler

/// The demo's letters as the scheduler makes them from the read models — November's digests to every
/// council (printed and mailed) and ledning, the agendas for the councils' next meetings and the
/// reminders and escalations of the demo's last day — compared byte for byte with `Golden/Letters`.
@Suite(.timeLimit(.minutes(3))) struct DemoLetterTests {
    static let golden = GoldenLetters(
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/Letters"))

    /// A file name from a recipient: its kind, then its id's first characters or the owner's title.
    static func name(_ prefix: String, _ recipient: RecipientKey) -> String {
        let id =
            if case .owner(let title) = recipient {
                String(title.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
            } else { String(recipient.id.prefix(8)) }
        return "\(prefix)-\(recipient.kind.rawValue)-\(id)"
    }

    @Test func theDemosLettersAreTheGoldenOnes() async throws {
        try await SchedulerHarness.with { h in
            var differences: [String] = []
            let reminders = try await h.policyRun().plan(
                day: CalendarDate(SchedulerHarness.demoDay)!, configuration: .defaults, lastScheduledDay: nil)
            #expect(!reminders.letters.isEmpty)
            for letter in reminders.letters {
                differences += try Self.golden.differences(
                    Self.name("reminder", letter.message.recipient), subject: letter.subject, text: letter.text,
                    html: letter.html)
            }
            h.app.clock.set("2026-12-01")
            let november = CalendarMonth("2026-11")!
            let today = h.app.organisationClock.today
            // No addresses yet: every council's letter is the printed one.
            let printed = try await h.digestRun().plan(month: november, sentOn: today, lateSince: nil)
            try await h.setContacts()
            let mailed = try await h.digestRun().plan(month: november, sentOn: today, lateSince: nil)
            #expect(printed.contains { $0.printed } && mailed.contains { $0.recipient.kind == .management })
            for (prefix, letters) in [("printed", printed.filter(\.printed)), ("digest", mailed)] {
                for letter in letters {
                    differences += try Self.golden.differences(
                        Self.name(prefix, letter.recipient), subject: letter.letter.subject, text: letter.letter.text,
                        html: letter.letter.html)
                }
            }
            for facts in try await h.app.readModel.councilDigestFacts(councilId: nil) {
                let given = try await h.app.readModel.givenFeedback(councilId: facts.council.id)
                let agenda = AgendaWording.letter(
                    CouncilAgenda.make(facts, given: given, meetingOn: CalendarDate("2026-12-10")!))
                differences += try Self.golden.differences(
                    Self.name("agenda", .council(facts.council.id)), subject: agenda.subject, text: agenda.text,
                    html: agenda.html)
            }
            #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        }
    }
}
