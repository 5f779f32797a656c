import AdminProtocol
import AppTestSupport
import Domain
import EventStore
import Foundation
import Policies
import Projections
import ReadModelTypes
import Testing
import Varlink

@testable import AdminServer

/// `PreviewReminders` on the demo: what the policies would send today, to whom, in Swedish — sending
/// and recording nothing.
@Suite struct ReminderMethodsTests {
    /// The defaults, sending on any day: the test clock's day, 10 January 2026, is a Saturday
    /// (``NonWorkingDayPreviewTests`` shows what the defaults preview on such a day).
    static let everyDay: PoliciesConfiguration = {
        var policies = PoliciesConfiguration.defaults
        policies.onNonWorkingDays = .send
        return policies
    }()

    @Test func thePreviewOnTheDemoRemindsTheOwnerOfTidAttLyssnaOfTheDelayAndTheFeedback() async throws {
        try await AdminHarness.with(policies: Self.everyDay) { admin in
            let _: LoadDemoReply = try await admin.call(.loadDemo)
            let events = try await admin.app.store.eventCount()
            let reply: PreviewRemindersReply = try await admin.call(.previewReminders, PreviewRemindersParameters())
            #expect(reply.date == admin.app.organisationClock.today)
            let issue = try #require(
                try await admin.app.readModel.issues().first { $0.title.hasPrefix("Tid att lyssna") })
            let stream = issue.id.streamName
            let message = try #require(reply.messages.first { $0.items.contains { $0.stream == stream } })
            let policies = Set(message.items.filter { $0.stream == stream }.map(\.policy))
            #expect(policies.contains("overdue"), "\(message.items)")
            #expect(policies.contains("feedback_owed"), "\(message.items)")
            #expect(message.recipientKind == "owner" && message.recipientId == issue.owner)
            #expect(message.hasAddress)
            #expect(message.text.contains(issue.title))
            // An owner's letter asks in words; commands are only in the coordinator's own letters.
            #expect(!message.text.contains("tredjekraft "))
            #expect(message.text.contains("Nästa steg är"))
            // One message per recipient, and nothing was written.
            let recipients = reply.messages.map { "\($0.recipientKind):\($0.recipientId)" }
            #expect(Set(recipients).count == recipients.count)
            #expect(try await admin.app.store.eventCount() == events)
            let outbox: ListMailReply = try await admin.call(.listMail, ListMailParameters())
            #expect(outbox.messages.isEmpty)
        }
    }

    @Test func aDateThatIsNotADateIsAnInvalidParameter() async throws {
        try await AdminHarness.with { admin in
            let error = try #require(await admin.error(.previewReminders, ["date": "igår"]))
            #expect(error.name == "org.varlink.service.InvalidParameter")
            let empty: PreviewRemindersReply = try await admin.call(
                .previewReminders, PreviewRemindersParameters(date: CalendarDate("2026-06-01")!))
            #expect(empty.messages.isEmpty)
        }
    }
}
