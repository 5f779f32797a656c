import AdminProtocol
import Domain
import EventStore
import Foundation
import Mailer
import PersonalData
import Policies
import Projections
import ReadModelTypes
import Scheduler
import Varlink
import Wording

/// `PreviewReminders`, `RunReminders` and `ListEscalations`: what the policies would send on a day,
/// a run now, and what ledningen has been told that still holds.
struct ReminderMethods: Sendable {
    let context: AdminContext

    func register(on interface: inout VarlinkInterface) {
        interface.add(.previewReminders, PreviewRemindersParameters.self, requiring: .reader, context: context) {
            p, _ in
            try await preview(on: p.date ?? context.today)
        }
        interface.add(.runReminders, VarlinkEmpty.self, requiring: .admin, context: context) { _, caller in
            let ran = try await context.scheduler.runNow(
                metadata: EventMetadata(actor: caller.userName, client: "tredjekraft admin socket"))
            // What the run recorded, as the lists show it (or the reply says they lag).
            let lag = await context.readModelLag()
            return RunRemindersReply(
                date: ran?.day ?? context.today, reminders: ran?.reminders ?? 0, escalations: ran?.escalations ?? 0,
                messages: ran?.messages ?? 0, lag: lag)
        }
        interface.add(.listEscalations, ListEscalationsParameters.self, requiring: .reader, context: context) {
            p, _ in
            let unit: UnitID? = try await context.identifiers.resolveOptional(p.unitId, as: .unit, parameter: "unitId")
            return ListEscalationsReply(escalations: try await openEscalations(unit: unit))
        }
    }

    func preview(on day: CalendarDate) async throws -> PreviewRemindersReply {
        let plan = try await context.scheduler.preview(day: day)
        let addressed = Set(try await context.mailer.contacts.list().map(\.recipient))
        var messages: [ReminderPreview] = []
        for letter in plan.letters {
            let message = letter.message
            messages.append(
                ReminderPreview(
                    recipientKind: message.recipient.kind.rawValue, recipientId: message.recipient.id,
                    recipientName: try await context.readModel.name(of: message.recipient),
                    hasAddress: addressed.contains(message.recipient), purpose: message.purpose.rawValue,
                    subject: letter.subject, text: letter.text,
                    items: message.effects.map { effect in
                        ReminderItem(
                            policy: effect.policy.rawValue, kind: effect.kind.rawValue,
                            stream: effect.subject.streamName, occasion: effect.occasion, since: effect.since)
                    }))
        }
        let configuration = context.scheduler.configuration
        guard !configuration.sends(on: day), let reason = configuration.calendar.reason(day) else {
            return PreviewRemindersReply(date: day, messages: messages)
        }
        return PreviewRemindersReply(
            date: day, messages: messages, notAWorkingDay: reason.name,
            nextWorkingDay: configuration.calendar.nextWorkingDay(onOrAfter: day))
    }

    /// Escalations whose cause still holds today.
    func openEscalations(unit: UnitID?) async throws -> [SentEffect] {
        let holding = PolicyEngine.holdingCauses(
            facts: try await context.readModel.policyFacts(), today: context.today,
            configuration: context.scheduler.configuration)
        let keys = Set(holding.map { "\($0.policy.rawValue)|\($0.subject.id)|\($0.occasion)" })
        return try await context.readModel.escalations(unitId: unit).filter { escalation in
            keys.contains("\(escalation.policy.rawValue)|\(escalation.subjectId)|\(escalation.occasion)")
        }
    }

    /// The issue with the reminders and escalations sent about it, and when ledningen will be told if
    /// nothing changes.
    func withEffects(_ detail: IssueDetail) async throws -> IssueDetail {
        var detail = detail
        let id = detail.summary.id
        detail.effects = try await context.readModel.sentEffects(issue: id)
        let configuration = context.scheduler.configuration
        let prior = try await context.readModel.priorEffects(issue: id)
        let holding = PolicyEngine.holdingCauses(
            facts: try await context.readModel.policyFacts(issue: id), today: context.today,
            configuration: configuration)
        let pending = PolicyEngine.explainedEscalations(prior: prior, holding: holding, configuration: configuration)
            .values.min { $0.result < $1.result }
        detail.pendingEscalation = pending?.result
        detail.pendingEscalationExplained = pending.map {
            ComputedDateText.explanation($0, startingAt: "första påminnelsen")
        }
        return detail
    }
}
