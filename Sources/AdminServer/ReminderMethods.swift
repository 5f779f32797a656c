import AdminProtocol
import Domain
import Foundation
import Mailer
import Policies
import Projections
import ReadModelTypes
import Varlink
import Wording

/// `PreviewReminders`: what the policies would send on a day, from the read models' facts, with the
/// configured `policies.*` — one message per recipient, in the words the letters use. Sends nothing.
struct ReminderMethods: Sendable {
    let context: AdminContext

    func register(on interface: inout VarlinkInterface) {
        interface.add(.previewReminders, PreviewRemindersParameters.self, requiring: .reader, context: context) {
            p, _ in
            try await preview(on: p.date ?? context.today)
        }
    }

    func preview(on day: CalendarDate) async throws -> PreviewRemindersReply {
        let readModel = context.readModel
        let facts = try await readModel.policyFacts()
        // Recorded reminders and escalations come with the scheduler; until then every cause is new.
        let effects = PolicyEngine.evaluate(facts: facts, prior: [], today: day, configuration: context.policies)
        let councils = Dictionary(
            try await readModel.councils().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let units = Dictionary(
            try await readModel.units().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let names = ReminderNames(facts: facts, councils: councils, units: units)
        let addressed = Set(try await context.mailer.contacts.list().map(\.recipient))
        var messages: [ReminderPreview] = []
        for message in MessagePlan(effects: effects).messages {
            let content = ReminderWording.content(message, names: names, today: day)
            messages.append(
                ReminderPreview(
                    recipientKind: message.recipient.kind.rawValue, recipientId: message.recipient.id,
                    recipientName: try await readModel.name(of: message.recipient),
                    hasAddress: addressed.contains(message.recipient), purpose: message.purpose.rawValue,
                    subject: content.subject, text: content.text,
                    items: message.effects.map { effect in
                        ReminderItem(
                            policy: effect.policy.rawValue, kind: effect.kind.rawValue,
                            stream: effect.subject.streamName, occasion: effect.occasion, since: effect.since)
                    }))
        }
        return PreviewRemindersReply(date: day, messages: messages)
    }
}
