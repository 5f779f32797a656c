import AdminProtocol
import CommandHandling
import Demo
import Domain
import EventStore
import Foundation
import Logging
import Mailer
import PersonalData
import Postgres
import Projections
import Synchronization
import Varlink

/// `LoadDemo`: fills an empty store with the demonstration data drawn from the seed documents, so
/// a newcomer can try the CLI on something real-looking.
///
/// Each step is handled as a normal command (same rules, same events), on a clock set to the step's
/// instant — for the decisions and for the events' recorded time, so the timeline reads as the year it
/// tells — and some items are overdue whenever it is loaded. The step's fictional official ("samordnare
/// Lund", "enhetschef Lund") is the actor of its events, so the demo's history reads as the story
/// tells it; the caller who loaded it is named in every event's `client` and in the log.
struct DemoMethod: Sendable {
    let context: AdminContext

    /// Serialises loads into one store: two at once would both see it empty. The lock is the
    /// schema's own, so loads into other schemas of the database do not wait for it.
    static let lockName = "demo-load"

    func register(on interface: inout VarlinkInterface) {
        interface.add(.loadDemo, VarlinkEmpty.self, requiring: .admin, context: context) { _, caller in
            try await load(as: caller)
        }
    }

    func load(as caller: AdminCaller) async throws -> LoadDemoReply {
        // One load at a time, also across daemons; the lock's session is outside the pool, so a pool of
        // one (database.pool_size: 1) does not wait on itself.
        try await context.store.withExclusiveSession(named: Self.lockName) { try await loadLocked(as: caller) }
    }

    private func loadLocked(as caller: AdminCaller) async throws -> LoadDemoReply {
        let store = context.store
        let count = try await store.eventCount()
        guard count == 0 else {
            throw AdminError.ruleViolation(
                reason: "Demodata läses bara in i en tom databas; den här har redan \(count) händelser. "
                    + "Använd ett eget schema (database.schema) eller en ny databas för att prova.",
                code: "store_not_empty")
        }
        let today = context.today
        let scenario = DemoScenario(today: today, timeZone: context.clock.timeZone)
        // The story's own clock: each step is handled at its instant, on the organisation's calendar.
        let storyTime = Mutex(Date())
        let now: @Sendable () -> Date = { storyTime.withLock { $0 } }
        // No read-your-writes per step: the story's commands decide on their streams, never on the read
        // models, and the reply waits once for the lists to show all of it (below). Waiting for a batch
        // per command made a load take a projection transaction per event.
        let handler = CommandHandler(
            store: store.recording(at: now),
            runner: nil, clock: OrganisationClock(timeZone: context.clock.timeZone, now: now),
            consistencyTimeout: context.consistencyTimeout, logger: context.logger)
        var events = 0
        for step in scenario.steps {
            storyTime.withLock { $0 = step.at }
            let outcome = try await handler.handle(
                step.command,
                metadata: EventMetadata(actor: step.actor, client: "tredjekraft demo load (\(caller.userName))"))
            events += outcome.events.count
        }
        // Addresses under example.org, so the trial's messages show who they would reach.
        let contacts = scenario.contacts
        for contact in contacts {
            try await context.mailer.contacts.set(
                contact.recipient, address: contact.address,
                metadata: EventMetadata(actor: caller.userName, client: "tredjekraft demo load"))
        }
        context.logger.notice("demo data loaded", metadata: ["events": "\(events)", "actor": "\(caller.userName)"])
        // Everything loaded, the contacts' events too, as the lists show it (or the reply says they lag).
        // The read models apply the story in a few large batches: a one-off load waits for them while
        // they move on (up to two minutes), not only a command's consistency timeout; read models that
        // do not move within one such timeout are reported as lagging at once.
        if let head = try? await store.headPosition() {
            let deadline = ContinuousClock.now + .seconds(120)
            var reached = context.runner.processedPosition
            while (try? await context.runner.waitUntilProcessed(head, timeout: context.consistencyTimeout)) == nil,
                context.runner.processedPosition > reached, ContinuousClock.now < deadline
            {
                reached = context.runner.processedPosition
            }
        }
        let lag = await context.readModelLag()
        return LoadDemoReply(
            units: scenario.units, councils: scenario.councils, proposals: scenario.proposals,
            revisions: scenario.revisions, findings: scenario.findings, certifications: scenario.certifications,
            actionItems: scenario.actionItems, issues: scenario.issues, events: events + contacts.count,
            contacts: contacts.count, today: today, lag: lag)
    }
}
