import AppTestSupport
import CommandHandling
import Demo
import Domain
import EventStore
import Foundation
import Projections
import ReadModelTypes
import Synchronization
import Testing

/// The demo through the real command handler, event store and projections (PostgreSQL): what a
/// coordinator sees after loading it.
@Suite struct DemoLoadTests {
    /// The handler's clock, set to each step's instant before the step is handled.
    final class StepClock: Sendable {
        private let current = Mutex(Date(timeIntervalSince1970: 0))
        var now: Date { current.withLock { $0 } }
        func set(_ date: Date) { current.withLock { $0 = date } }
    }

    @Test func loadedDemoReadsAsTheStoriesSay() async throws {
        let timeZone = TimeZone.stockholm
        let today = CalendarDate(Date(), timeZone: timeZone)
        let demo = DemoScenario(today: today, timeZone: timeZone)
        try await TestApp.with { app in
            let clock = StepClock()
            // As `LoadDemo` does: no read-your-writes per step, one wait at the end.
            let handler = CommandHandler(
                store: app.store, runner: nil, clock: OrganisationClock(timeZone: timeZone, now: { clock.now }))
            for step in demo.steps {
                clock.set(step.at)
                // The store stamps events with the app's clock; keep it on the same day.
                app.clock.set(CalendarDate(step.at, timeZone: timeZone).description)
                try await handler.handle(step.command, metadata: EventMetadata(actor: step.actor, client: "demo-tests"))
            }
            try await app.runner.waitUntilProcessed(
                try await app.store.headPosition(), timeout: TestApp.generousConsistencyTimeout)
            app.clock.set(today.description)
            let read = app.readModel

            // The summary counts match the catalog.
            for (table, expected) in [
                ("units", demo.units), ("councils", demo.councils), ("proposals", demo.proposals),
                ("revisions", demo.revisions), ("findings", demo.findings), ("certifications", demo.certifications),
                ("action_items", demo.actionItems),
            ] {
                #expect(try await app.dump(table).count == expected, "\(table)")
            }
            #expect(try await read.issues().count == demo.issues)

            for status: IssueStatus in [
                .registered, .inPreparation, .decided, .inProgress, .implemented, .verified, .withdrawn, .merged,
            ] {
                #expect(
                    try await read.issues(IssueFilter(status: status)).isEmpty == false,
                    "no issue is \(status.rawValue)")
            }
            let overdue = try await read.issues(IssueFilter(overdue: true))
            #expect(overdue.count >= 3)
            #expect(overdue.allSatisfy { $0.isOverdue })

            let due = try await read.due()
            #expect(!due.isEmpty)
            #expect(due.contains { $0.kind == .feedbackOwed && $0.date.days(until: today) > 30 })
            #expect(due.contains { $0.kind == .actionItemDue && $0.isOverdue })

            let visits = try await read.trace(DemoScenario.lundProposalUmgange.uuid)
            #expect(visits.source.origin == "Förslag från Dialogmöten vuxenstöd Lund")
            #expect(visits.issue?.summary.status == .verified)
            #expect(visits.answer.hasPrefix("Förslaget blev ärende "))
            #expect(visits.answer.contains("(”Umgänge med barn på stödboendet”)"))
            #expect(
                visits.answer.contains(
                    "Socialnämndens arbetsutskott beslutade delvis bifall \(today.adding(days: -300))."))
            #expect(visits.answer.contains("Motivering: Barn får besöka sin förälder på stödboendet dagtid"))
            #expect(visits.answer.contains("Beslutet är genomfört och uppföljt."))
            #expect(visits.answer.hasSuffix("Ingen återkoppling är skyldig."))
            #expect(visits.history.count >= 10)

            let listening = try await read.trace(DemoScenario.lundProposalTidAttLyssna.uuid)
            #expect(listening.answer.contains("och är försenat."))
            #expect(
                listening.answer.contains(
                    "Dialogmöten vuxenstöd Lund väntar sedan \(today.adding(days: -280)) på återkoppling"))

            let merged = try await read.trace(DemoScenario.lundProposalSammaHandlaggare.uuid)
            #expect(merged.issuePath.count == 2)
            #expect(merged.answer.contains("som det slogs ihop med"))

            let never = try await read.trace(DemoScenario.lundProposalChefernaMed.uuid)
            #expect(never.issue == nil)
            #expect(never.answer == "Förslaget har ännu inte blivit ett ärende. Ingen har tagit ställning till det.")

            let finding = try await read.trace(DemoScenario.biskopsgardenFindingMyndigheter.uuid)
            #expect(finding.issue?.sources.map(\.kind) == ["proposal", "finding"])
            #expect(finding.answer.hasPrefix("Iakttagelsen gällde samma problem som ärende "), "\(finding.answer)")

            let certifications = try await read.certifications()
            let iris = try #require(certifications.first { $0.certificationId == DemoScenario.irisCertification })
            #expect(iris.unitName == "Iris Mullsjö HVB")
            #expect(iris.stage == "Certifierad")
            #expect(iris.areasAssessed == 10)
            #expect(iris.validUntil == today.adding(days: -280).adding(years: 2))
        }
    }
}
