import AppTestSupport
import CommandHandling
import Demo
import Digests
import Domain
import EventStore
import Foundation
import Letters
import Logging
import Policies
import Postgres
import Projections
import ReadModelTypes
import Testing

@testable import Scheduler

/// The monthly digests over the demo, through the real store and read models: what they say, that
/// each goes out once, that delivery — and only delivery — gives the feedback they report.
@Suite(.timeLimit(.minutes(3))) struct DigestRunTests {
    static let november = CalendarMonth("2026-11")!
    static let metadata = EventMetadata(actor: "scheduler", client: "tests")

    @Test func lundsDigestTellsTidAttLyssnaAsAcceptedLateAndOwed() async throws {
        try await SchedulerHarness.with { h in
            h.app.clock.set("2026-12-01")
            let letters = try await h.digestRun().plan(
                month: Self.november, sentOn: h.app.organisationClock.today, lateSince: nil)
            let lund = try #require(letters.first { $0.recipient == .council(DemoScenario.lundCouncil) })
            let text = lund.letter.text
            let item = try #require(text.components(separatedBy: "\n\n").first { $0.contains("Tid att lyssna") })
            #expect(item.contains("Svaret är ja."))
            #expect(item.contains("Det är försenat."))
            #expect(item.contains("Ni har inte fått besked om beslutet förut."))
            #expect(item.contains("Handläggarna får boka ett längre samtal"))  // the motivation, in full
            let issue = try #require(
                try await h.app.readModel.trace(DemoScenario.lundProposalTidAttLyssna.uuid).issue?.summary.id)
            #expect(lund.reports.contains { $0.issueId == issue && $0.occasion == .decision })
            // No ids in the council's letter: they are the coordinator's, beside it.
            #expect(!text.contains(String(issue.description.prefix(8))))
            #expect(lund.coordinatorNotes.contains { $0.contains(String(issue.description.prefix(8))) })
            #expect(lund.letter.subject == "Vad hände med era förslag i november 2026?")
            #expect(lund.letter.html.contains("<h2>Beslut</h2>"))
        }
    }

    /// A digest sent late tells its month as it stood at the month's end: what happened in December is
    /// not told under November's title (it waits for December's letter).
    @Test func aLateDigestTellsTheMonthAsItStoodAtItsEnd() async throws {
        try await SchedulerHarness.with { h in
            let lund = try #require(
                try await h.app.readModel.councilDigestFacts(councilId: DemoScenario.lundCouncil).first)
            let open = try #require(lund.issues.first { $0.isOpen && $0.decidedOn == nil })
            try await h.app.run(.issue(open.id, .withdraw(reason: "Skälet kom i december.")), on: "2026-12-03")
            try await h.app.run(
                .proposal(
                    ProposalID(UUID()),
                    .putForward(
                        councilId: DemoScenario.lundCouncil, meetingId: nil, text: "Ett förslag från december.",
                        qualityArea: nil, pseudonym: nil)), on: "2026-12-03")
            h.app.clock.set("2026-12-10")
            let today = h.app.organisationClock.today
            let november = try #require(
                try await h.digestRun().plan(
                    month: Self.november, sentOn: today, lateSince: CalendarDate("2026-12-01"),
                    recipients: .council(DemoScenario.lundCouncil)
                ).first)
            let text = november.letter.text
            #expect(!text.contains("Skälet kom i december.") && !text.contains("Ett förslag från december."))
            #expect(!text.contains("den 3 december 2026"), "nothing dated December under November's title")
            #expect(text.contains("Allt i brevet är som det var den 30 november 2026."))
            let title = try #require(lund.proposals.first { $0.issueId == open.id }?.text)
            #expect(text.contains(title))  // still told, as it stood: in the closing list at least
            let december = try #require(
                try await h.digestRun().plan(
                    month: CalendarMonth("2026-12")!, sentOn: today, lateSince: nil,
                    recipients: .council(DemoScenario.lundCouncil)
                ).first)
            #expect(december.letter.text.contains("Skälet kom i december."))
            #expect(december.letter.text.contains("Ett förslag från december."))
        }
    }

    /// A late letter tells the brukarkvittens as it stood at the month's end: Lund's dialogue meeting
    /// says in December that "Delaktighet" works; November's letter, sent late, still asks, December's
    /// does not.
    @Test func aLateDigestStillAsksForAKvittensGivenAfterItsMonth() async throws {
        try await SchedulerHarness.with { h in
            let lund = try #require(
                try await h.app.readModel.councilDigestFacts(councilId: DemoScenario.lundCouncil).first)
            let asked = try #require(lund.issues.first { $0.kvittensAskedSince != nil })
            let title = try #require(lund.proposals.first { $0.issueId == asked.id }?.text)
            try await h.app.run(
                .issue(
                    asked.id,
                    .recordKvittens(
                        Kvittens(
                            party: .council(DemoScenario.lundCouncil), verdict: .holds, text: nil, channel: .meeting,
                            givenOn: CalendarDate("2026-12-02")!))), on: "2026-12-03")
            h.app.clock.set("2026-12-10")
            let today = h.app.organisationClock.today
            let november = try #require(
                try await h.digestRun().plan(
                    month: Self.november, sentOn: today, lateSince: CalendarDate("2026-12-01"),
                    recipients: .council(DemoScenario.lundCouncil)
                ).first)
            let item = try #require(
                november.letter.text.components(separatedBy: "\n\n").first { $0.contains(title) })
            #expect(item.contains("Fungerar det som ni menade?"))
            let december = try #require(
                try await h.digestRun().plan(
                    month: CalendarMonth("2026-12")!, sentOn: today, lateSince: nil,
                    recipients: .council(DemoScenario.lundCouncil)
                ).first)
            #expect(!december.letter.text.contains("Fungerar det som ni menade?"))
        }
    }

    @Test func biskopsgardensDigestTellsTheFindingThatJoinedItsProposal() async throws {
        try await SchedulerHarness.with { h in
            h.app.clock.set("2026-12-01")
            let letters = try await h.digestRun().plan(
                month: Self.november, sentOn: h.app.organisationClock.today, lateSince: nil)
            let breakfast = try #require(letters.first { $0.recipient == .council(DemoScenario.biskopsgardenCouncil) })
            #expect(
                breakfast.letter.text.contains(
                    "Brukarrevisionen ”Brukarnas röster om försörjningsstöd – fokusgrupper i Biskopsgården” tog upp samma sak."
                ))
        }
    }

    @Test func everyDemoDigestsOwnWordingIsPlainLIX40OrLess() async throws {
        try await SchedulerHarness.with { h in
            h.app.clock.set("2026-12-01")
            let letters = try await h.digestRun().plan(
                month: Self.november, sentOn: h.app.organisationClock.today, lateSince: nil)
            #expect(letters.contains { $0.recipient.kind == .council })
            #expect(letters.contains { $0.recipient.kind == .management })
            for letter in letters {
                let lix = Readability.lix(letter.letter.ownSentences)
                #expect(lix <= 40, "\(letter.recipientName): LIX \(lix)")
            }
            let facts = try #require(
                try await h.app.readModel.councilDigestFacts(councilId: DemoScenario.lundCouncil).first)
            let agenda = AgendaWording.letter(CouncilAgenda.make(facts, meetingOn: CalendarDate("2026-12-10")!))
            #expect(Readability.lix(agenda.ownSentences) <= 40)
        }
    }

    @Test func eachDigestGoesOutOnceAndDeliveryGivesTheFeedbackItReported() async throws {
        try await SchedulerHarness.with { h in
            try await h.setContacts()
            h.app.clock.set("2026-12-01")
            let run = h.digestRun()
            let ran = try #require(
                try await run.execute(
                    month: Self.november, trigger: .scheduled, lateSince: nil, metadata: Self.metadata))
            #expect(ran.mailed > 0 && ran.printed == 0)
            #expect(try await h.digestEvents("DigestSent") == ran.mailed)
            #expect(try await h.digestMail() == ran.mailed)
            // Again, scheduled or by hand: nothing new.
            #expect(
                try await run.execute(
                    month: Self.november, trigger: .scheduled, lateSince: nil, metadata: Self.metadata)
                    == nil)
            let manual = try #require(
                try await run.execute(month: Self.november, trigger: .manual, lateSince: nil, metadata: Self.metadata))
            #expect(manual.mailed == 0 && manual.printed == 0)
            #expect(try await h.digestMail() == ran.mailed)

            // Queued is not delivered: the feedback is still owed.
            let issue = try #require(
                try await h.app.readModel.trace(DemoScenario.lundProposalTidAttLyssna.uuid).issue?.summary.id)
            let feedback = DigestFeedback(
                store: h.app.store, readModel: h.app.readModel, clock: h.app.organisationClock,
                logger: .init(label: "tests"))
            #expect(try await feedback.recordDelivered(metadata: Self.metadata) == 0)
            #expect(try await h.app.readModel.issue(issue).feedbackOwed.contains { $0.occasion == .decision })

            // Lund's letter fails for good; Biskopsgården's is delivered.
            try await h.settle()
            let digests = try await h.app.readModel.digests(month: Self.november)
            let lund = try #require(digests.first { $0.recipientId == DemoScenario.lundCouncil.description })
            let breakfast = try #require(
                digests.first { $0.recipientId == DemoScenario.biskopsgardenCouncil.description })
            try await h.deliver(try #require(lund.mailId), accepted: false)
            try await h.deliver(try #require(breakfast.mailId), accepted: true)
            #expect(try await feedback.recordDelivered(metadata: Self.metadata) == 1)
            try await h.settle()
            #expect(try await h.app.readModel.issue(issue).feedbackOwed.contains { $0.occasion == .decision })
            try await h.settle()
            let after = try await h.app.readModel.digests(month: Self.november)
            let told = try #require(after.first { $0.digestId == breakfast.digestId })
            #expect(told.cleared == told.reported && told.reported > 0)
            #expect(after.first { $0.digestId == lund.digestId }?.cleared == nil)
            // Every reported item of Biskopsgården's letter is no longer owed, and said so by digest.
            let history = try await h.app.readModel.history(DemoScenario.biskopsgardenIssueMyndigheter)
            #expect(history.contains { $0.eventType == "FeedbackGiven" && $0.text.contains("månadsbrevet") })
            #expect(try await h.app.readModel.issue(DemoScenario.biskopsgardenIssueMyndigheter).feedbackOwed.isEmpty)
            // Recorded once: a second pass does nothing.
            #expect(try await feedback.recordDelivered(metadata: Self.metadata) == 0)
            #expect(try await h.digestEvents("DigestFeedbackRecorded") == 1)

            // Lund's, retried and delivered, now gives its feedback.
            try await h.retryAndDeliver(try #require(lund.mailId))
            #expect(try await feedback.recordDelivered(metadata: Self.metadata) == 1)
            try await h.settle()
            #expect(try await !h.app.readModel.issue(issue).feedbackOwed.contains { $0.occasion == .decision })
        }
    }

    @Test func feedbackGivenAtAMeetingMeanwhileIsNotGivenAgain() async throws {
        try await SchedulerHarness.with { h in
            try await h.setContacts()
            h.app.clock.set("2026-12-01")
            _ = try await h.digestRun().execute(
                month: Self.november, trigger: .scheduled, lateSince: nil,
                recipients: .council(DemoScenario.lundCouncil),
                metadata: Self.metadata)
            let issue = try #require(
                try await h.app.readModel.trace(DemoScenario.lundProposalTidAttLyssna.uuid).issue?.summary.id)
            try await h.app.handler.handle(
                .issue(
                    issue,
                    .giveFeedback(
                        councilId: DemoScenario.lundCouncil, occasion: .decision, channel: .meeting,
                        givenOn: CalendarDate("2026-12-01")!)), metadata: Self.metadata)
            let digest = try #require(try await h.app.readModel.digests(month: Self.november).first)
            try await h.deliver(try #require(digest.mailId), accepted: true)
            let feedback = DigestFeedback(
                store: h.app.store, readModel: h.app.readModel, clock: h.app.organisationClock,
                logger: .init(label: "tests"))
            #expect(try await feedback.recordDelivered(metadata: Self.metadata) == 1)
            try await h.settle()
            let given = try await h.app.readModel.history(issue).filter { $0.eventType == "FeedbackGiven" }
            #expect(given.filter { $0.text.contains("beslutet") && $0.date == CalendarDate("2026-12-01")! }.count == 1)
            try await h.settle()
            let record = try #require(try await h.app.readModel.digests(month: Self.november).first)
            #expect(record.cleared == record.reported - 1)
        }
    }

    @Test func aCouncilWithoutAnAddressGetsAPrintableLetterAndStatusCanSaySo() async throws {
        try await SchedulerHarness.with { h in
            try await h.setContacts(except: [.council(DemoScenario.lundCouncil)])
            h.app.clock.set("2026-12-01")
            let ran = try #require(
                try await h.digestRun().execute(
                    month: Self.november, trigger: .scheduled, lateSince: nil, metadata: Self.metadata))
            #expect(ran.printed == 1)
            try await h.settle()
            let digests = try await h.app.readModel.digests(month: Self.november)
            let lund = try #require(digests.first { $0.recipientId == DemoScenario.lundCouncil.description })
            let path = try #require(lund.printedAs)
            #expect(lund.mailId == nil && path == "letters/2026-11/\(DemoScenario.lundCouncil).html")
            let html = try String(contentsOf: h.stateDirectory.appendingPathComponent(path), encoding: .utf8)
            #expect(html.contains("@media print") && html.contains("Tid att lyssna"))
            // The letter does not claim to give the feedback: the coordinator hands it over and records it.
            #expect(!html.contains("Med det här brevet har ni fått besked"))
            // The commands that record it are the coordinator's, beside the letter, never in it.
            #expect(!html.contains("tredjekraft ") && !html.contains("--channel letter"))
            let preview = try #require(
                try await h.digestRun().plan(
                    month: Self.november, sentOn: h.app.organisationClock.today, lateSince: nil,
                    recipients: .council(DemoScenario.lundCouncil)
                ).first)
            #expect(
                preview.printed
                    && preview.coordinatorNotes.contains { $0.hasSuffix("--occasion decision --channel letter") })
            #expect(html.hasSuffix("</body></html>\n"))
            // Printed is not delivered: the coordinator hands it over and records the feedback.
            #expect(try await h.app.readModel.deliveredDigestsAwaitingFeedback().isEmpty)
        }
    }

    @Test func aRestartBetweenOneDigestAndTheRunsRecordSendsNoneTwice() async throws {
        try await SchedulerHarness.with { h in
            try await h.setContacts()
            h.app.clock.set("2026-12-01")
            // Lund's went out, then the daemon stopped before the run was recorded.
            let first = try #require(
                try await h.digestRun().execute(
                    month: Self.november, trigger: .manual, lateSince: nil,
                    recipients: .council(DemoScenario.lundCouncil), metadata: Self.metadata))
            #expect(first.mailed == 1)
            let second = try #require(
                try await h.digestRun().execute(
                    month: Self.november, trigger: .scheduled, lateSince: nil, metadata: Self.metadata))
            #expect(second.mailed > 0)
            try await h.settle()
            let digests = try await h.app.readModel.digests(month: Self.november)
            #expect(digests.count == first.mailed + second.mailed)
            #expect(Set(digests.map(\.digestId)).count == digests.count)
            #expect(try await h.digestMail() == digests.count)
        }
    }

    @Test func twoRunsAtOnceSendEachDigestOnce() async throws {
        try await SchedulerHarness.with { h in
            try await h.setContacts()
            h.app.clock.set("2026-12-01")
            let runs = try await withThrowingTaskGroup(of: DigestsRan?.self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        try await h.digestRun().execute(
                            month: Self.november, trigger: .scheduled, lateSince: nil, metadata: Self.metadata)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(runs.compactMap { $0 }.count == 1)
            try await h.settle()
            let digests = try await h.app.readModel.digests(month: Self.november)
            #expect(digests.count == runs.compactMap { $0 }.first?.mailed)
            #expect(try await h.digestMail() == digests.count)
        }
    }
}

extension SchedulerHarness {
    /// Events of one type in the log.
    func digestEvents(_ type: String) async throws -> Int {
        try await app.pool.query(
            "SELECT count(*)::int AS n FROM \(identifier: app.schema).events WHERE event_type = \(type)"
        ).first!.decode("n", as: Int.self)
    }

    /// Digests queued in the outbox.
    func digestMail() async throws -> Int {
        try await app.pool.query(
            """
            SELECT count(*)::int AS n FROM \(identifier: app.schema).events
            WHERE event_type = 'MailQueued' AND data->>'purpose' = 'digest'
            """
        ).first!.decode("n", as: Int.self)
    }

    /// Waits until the read models show the whole log.
    func settle() async throws {
        try await app.runner.waitUntilProcessed(try await app.store.headPosition(), timeout: .seconds(30))
    }

    /// Records a delivery attempt as the mailer does, and waits for the read models.
    func deliver(_ mail: MailID, accepted: Bool) async throws {
        try await app.handler.handle(
            .mail(
                mail,
                .recordAttempt(
                    accepted ? .accepted : .permanentFailure("550 no such user"), policy: .defaults, jitter: 0)),
            metadata: EventMetadata(actor: "mailer", client: "tests"))
        try await settle()
    }

    func retryAndDeliver(_ mail: MailID) async throws {
        try await app.handler.handle(.mail(mail, .retry), metadata: EventMetadata(actor: "tests", client: "tests"))
        try await deliver(mail, accepted: true)
    }
}
