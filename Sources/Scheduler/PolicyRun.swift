import CommandHandling
import Domain
import EventStore
import Foundation
import Letters
import Logging
import Policies
import Projections
import ReadModelTypes

/// One run of the reminder and escalation policies, with its effects: read the facts and what was
/// sent before from the read models, let the pure ``PolicyEngine`` decide, and record each letter —
/// its `MailQueued` and an event on every subject's stream — in one transaction.
///
/// Runs never overlap, whichever daemon starts them: each holds the run lock (an advisory lock on a
/// session of its own) and begins by waiting until the read models show everything in the log, so
/// it sees what the run before it sent. A letter's message id and idempotency key are derived from
/// the day, the recipient and the effects, so a run repeated after a crash cannot queue it twice.
package struct PolicyRun: Sendable {
    let store: EventStore
    let readModel: ReadModel
    let follower: any LogFollower
    let clock: OrganisationClock
    let handler: CommandHandler
    let logger: Logger
    /// How long a run waits for the read models to catch up with the log before it gives up.
    let catchUpTimeout: Duration
    /// Whether the daemon takes replies by mail (`mail.reply_to`): then letters say what to write back
    /// and their `MailQueued` lists the items a reply may answer.
    let answersByMail: Bool

    package init(
        store: EventStore, readModel: ReadModel, follower: any LogFollower, clock: OrganisationClock, logger: Logger,
        catchUpTimeout: Duration = .seconds(60), answersByMail: Bool = false
    ) {
        self.answersByMail = answersByMail
        self.store = store
        self.readModel = readModel
        self.follower = follower
        self.clock = clock
        self.handler = CommandHandler(store: store, runner: nil, clock: clock, logger: logger)
        self.logger = logger
        self.catchUpTimeout = catchUpTimeout
    }

    /// The day of the last scheduled run, from the schedule's stream.
    package func lastScheduledDay() async throws -> CalendarDate? {
        try await store.scheduleState().lastScheduledDay
    }

    /// What a run on `day` would send, sending nothing (`reminders preview`, and the run itself).
    ///
    /// The policies are evaluated page by page (``ReadModel/forEachPolicyPage(size:_:)``): each page's
    /// facts with their prior effects through the pure engine, its effects added to the letters (the
    /// pure ``MessagePlan/Pages``), and of the facts only the names the letters use kept. The result is
    /// exactly that of all the facts at once; the run holds one page's facts, not every open issue's.
    package func plan(
        day: CalendarDate, configuration: PoliciesConfiguration, lastScheduledDay: CalendarDate?,
        pageSize: Int = ReadModel.policyPageSize
    ) async throws -> RunPlan {
        let councils = Dictionary(
            try await readModel.councils().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let units = Dictionary(
            try await readModel.units().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var names = ReminderNames(facts: PolicyFacts(), councils: councils, units: units)
        var messages = MessagePlan.Pages()
        guard configuration.sends(on: day) else {
            return RunPlan(day: day, messages: [], names: names, answers: answersByMail)
        }
        let today = clock.today
        try await readModel.forEachPolicyPage(size: pageSize) { facts, prior in
            let effects = Self.evaluate(
                facts, prior: prior, day: day, configuration: configuration, lastScheduledDay: lastScheduledDay,
                today: today)
            messages.add(effects)
            names.remember(facts, namedBy: effects)
        }
        return RunPlan(day: day, messages: messages.finish().messages, names: names, answers: answersByMail)
    }

    /// One page's effects: the engine's, each with the day it is late since when the run makes up for
    /// days the daemon did not run.
    static func evaluate(
        _ facts: PolicyFacts, prior: [PriorEffect], day: CalendarDate, configuration: PoliciesConfiguration,
        lastScheduledDay: CalendarDate?, today: CalendarDate
    ) -> [Effect] {
        var effects = PolicyEngine.evaluate(facts: facts, prior: prior, today: day, configuration: configuration)
        for index in effects.indices {
            effects[index].lateSince = Effect.lateness(
                dueOn: effects[index].dueOn, lastScheduledDay: lastScheduledDay, today: today)
        }
        return effects
    }

    /// Runs the policies for `day` and records what they did; `nil` when it is a scheduled run that
    /// another daemon (or an earlier attempt) already made. A run that sends nothing before any run
    /// has been recorded is not recorded either.
    ///
    /// - Throws: ``ProjectionLag`` when the read models do not catch up in time, `EventStoreError`
    ///   when the database fails. Letters recorded before the failure stay recorded; a retry goes on
    ///   from there.
    package func execute(
        day: CalendarDate, trigger: PolicyRunTrigger, late: Bool, configuration: PoliciesConfiguration,
        metadata: EventMetadata
    ) async throws -> PoliciesRan? {
        try await store.withExclusiveSession(named: Self.lockName) {
            let startedAt = clock.now
            try await follower.waitUntilProcessed(try await store.headPosition(), timeout: catchUpTimeout)
            let schedule = try await store.scheduleState()
            let lastScheduledDay = schedule.lastScheduledDay
            if trigger == .scheduled, let last = lastScheduledDay, last >= day { return nil }
            let plan = try await plan(day: day, configuration: configuration, lastScheduledDay: lastScheduledDay)
            let counts = try await record(plan, metadata: metadata)
            let ran = PoliciesRan(
                day: day, trigger: trigger, startedAt: Timestamp(startedAt), finishedAt: Timestamp(clock.now),
                late: late, reminders: counts.reminders, escalations: counts.escalations, messages: counts.messages)
            // Until a run has something to send, the schedule has not begun: an empty store stays empty
            // (the demo loads only into one), and nothing can have been missed before it.
            if counts.messages == 0, !schedule.hasRun { return ran }
            do {
                try await handler.handle(.schedule(.organisation, .recordRun(ran)), metadata: metadata)
            } catch let error as DomainError where error.code == .alreadyExists {
                return nil
            }
            logger.notice(
                "policies ran for \(day)",
                metadata: [
                    "trigger": "\(trigger.rawValue)", "late": "\(late)", "messages": "\(counts.messages)",
                    "reminders": "\(counts.reminders)", "escalations": "\(counts.escalations)",
                ])
            return ran
        }
    }

    /// Records a plan's letters, each as one unit of work, and counts what was recorded: effects whose
    /// cause is gone by now (the issue closed since the plan was made) are not, nor letters left empty.
    package func record(_ plan: RunPlan, metadata: EventMetadata) async throws
        -> (reminders: Int, escalations: Int, messages: Int)
    {
        var counts = (reminders: 0, escalations: 0, messages: 0)
        // Worded one at a time: a run over 100,000 issues never holds every letter's text.
        for message in plan.messages {
            let applied = try await record(plan.letter(message), plan: plan, metadata: metadata)
            guard !applied.isEmpty else { continue }
            counts.messages += 1
            counts.reminders += applied.filter { $0.kind == .reminder }.count
            counts.escalations += applied.filter { $0.kind == .escalation }.count
        }
        return counts
    }

    /// Records one letter through the one write path: each effect as a command on its subject, whose
    /// rules say whether it still applies (an issue closed since the facts were read records nothing),
    /// and the message in the outbox with what still applies, all in one unit of work. Returns the
    /// effects recorded: none when nothing applies any more or the same letter had been recorded already.
    private func record(_ letter: RunPlan.Letter, plan: RunPlan, metadata: EventMetadata) async throws -> [Effect] {
        let day = plan.day
        let message = letter.message
        let identities = message.effects.map(\.identity.description).joined(separator: "\n")
        let key = "policies:\(day):\(message.recipient):\(String(NameDerivedUUID.hash(identities), radix: 16))"
        let mailId = MailID(NameDerivedUUID.uuid(key))
        let (queued, outcome) = try await handler.perform(idempotencyKey: key, metadata: metadata) { work -> [Effect] in
            var applying: [Effect] = []
            for effect in message.effects where try await !work.decide(effect.command(mailId: mailId, on: day)).isEmpty
            {
                applying.append(effect)
            }
            guard !applying.isEmpty else { return [] }
            let still = MessagePlan.Message(recipient: message.recipient, effects: applying)
            let content = applying == message.effects ? letter : plan.letter(still)
            let subjects = still.subjects
            try await work.decide(
                MailAggregate.self, mailId,
                .queue(
                    recipient: message.recipient, purpose: still.purpose, subject: content.subject, text: content.text,
                    html: content.html, regarding: subjects.count == 1 ? subjects[0].streamName : nil,
                    answerable: content.answerable))
            return applying
        }
        return outcome.isDuplicate ? [] : queued
    }

    /// The run lock's name (within the store's schema, so that two organisations in one database do
    /// not wait for each other).
    static let lockName = "policy-run"
}
