import AdminProtocol
import AppTestSupport
import Domain
import EventStore
import Foundation
import PersonalData
import Testing
import Varlink

/// The retention rule's `senderDays`: the senders of received mail, kept outside the log, are forgotten
/// once older than the rule; newer ones stay, and the log's records are untouched.
@Suite struct RetentionMethodTests {
    @Test func oldSendersOfReceivedMailAreForgottenAndNewOnesKept() async throws {
        try await AdminHarness.with { admin in
            let senders = InboundMailSenders(store: admin.app.store)
            let old: ReceiveMailReply = try await admin.call(
                .receiveMail, InboundMailTests.message(to: "tredjekraft@kommun.se", body: "KLART: gjort"))
            admin.app.clock.advance(seconds: 31 * 86_400)
            let new: ReceiveMailReply = try await admin.call(
                .receiveMail,
                InboundMailTests.message(to: "tredjekraft@kommun.se", body: "KLART: gjort", from: "bo@lund.se"))
            let oldID = try #require(InboundMailID(old.id))
            let newID = try #require(InboundMailID(new.id))
            #expect(try await senders.entry(oldID)?.sender == "anna.chef@lund.se")
            let eventsBefore = try await admin.app.store.readStream(StreamID(oldID.streamName)).count

            let preview: RetentionReply = try await admin.call(.previewRetention, RetentionParameters(senderDays: 30))
            #expect(preview.senders == 1 && preview.candidates.isEmpty)
            #expect(try await senders.entry(oldID) != nil)

            let applied: RetentionReply = try await admin.call(.applyRetention, RetentionParameters(senderDays: 30))
            #expect(applied.senders == 1)
            #expect(try await senders.entry(oldID) == nil)
            #expect(try await senders.entry(newID)?.sender == "bo@lund.se")
            #expect(try await admin.app.store.readStream(StreamID(oldID.streamName)).count == eventsBefore)
            let again: RetentionReply = try await admin.call(.applyRetention, RetentionParameters(senderDays: 30))
            #expect(again.senders == 0)

            // A rule of texts only forgets no sender; a bad number is refused.
            let texts: RetentionReply = try await admin.call(.applyRetention, RetentionParameters(closedMonths: 1))
            #expect(texts.senders == nil)
            #expect(try await senders.entry(newID) != nil)
            for days in [0, -1, 36_501] {
                let bad = try #require(try await admin.error(.applyRetention, ["senderDays": .int(Int64(days))]))
                #expect(bad.parameters["parameter"] == "senderDays")
            }
            #expect(try await senders.entry(newID) != nil)
        }
    }
}
