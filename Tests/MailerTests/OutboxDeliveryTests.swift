import AppTestSupport
import Domain
import EventStore
import Foundation
import Mail
import MailTestSupport
import PersonalData
import Postgres
import PostgresTestSupport
import Projections
import ReadModelTypes
import Testing

@testable import Mailer

/// The outbox end to end: queued by an event, delivered through msmtp to a real SMTP server, each
/// outcome recorded; never lost, never sent twice, every failure visible.
@Suite struct OutboxDeliveryTests {
    @Test func aMessageIsDeliveredOnceWithItsStableMessageIDAndNotAgainAfterARestart() async throws {
        try await MailerHarness.with { h in
            try await h.contacts.set(
                .council(h.council), address: "rad@example.org", metadata: .init(actor: "samordnare"))
            let first = try await h.queue(to: .council(h.council))
            try await h.delivering([h.makeMailer()]) {
                let entry = try await h.waitFor(first) { $0.state == .delivered }
                #expect(entry.attempts == 1 && entry.deliveredAt != nil)
            }
            #expect(try await h.eventTypes(first) == ["MailQueued", "MailDelivered"])
            let delivered = try #require(try await h.sink.messages().first)
            #expect(delivered.messageId == "<tredjekraft.\(first)@example.org>")
            #expect(delivered.toAddress == "rad@example.org")
            #expect(delivered.toName == "Brukarrådet Vuxenstöd")
            #expect(delivered.fromName == "Tredje kraften, Lund")
            #expect(delivered.subject == "Påminnelse: återkoppling väntar")
            #expect(delivered.defects.isEmpty && delivered.htmlErrors.isEmpty)

            // A new mailer (a restarted daemon): the first message stays delivered; a second one,
            // queued after the restart, arrives alone.
            let second = try await h.queue(to: .council(h.council))
            try await h.delivering([h.makeMailer()]) {
                _ = try await h.waitFor(second) { $0.state == .delivered }
            }
            #expect(h.sink.count == 2)
            #expect(
                try await h.sink.messages().map(\.messageId) == [
                    "<tredjekraft.\(first)@example.org>", "<tredjekraft.\(second)@example.org>",
                ])
            #expect(try await h.eventTypes(first) == ["MailQueued", "MailDelivered"])
        }
    }

    @Test func aMessageWithoutAddressIsHeldThenSentOnceOneIsSet() async throws {
        try await MailerHarness.with { h in
            let owner = RecipientKey.owner("Enhetschef Vuxenstöd")
            let mail = try await h.queue(to: owner)
            try await h.delivering([h.makeMailer()]) {
                try await h.waitFor(mail) { $0.state == .held }
                #expect(h.sink.count == 0)
                try await h.contacts.set(owner, address: "chef@example.org", metadata: .init(actor: "samordnare"))
                try await h.waitFor(mail) { $0.state == .delivered }
            }
            #expect(try await h.sink.messages().map(\.toAddress) == ["chef@example.org"])
            #expect(try await h.sink.messages().first?.toName == "Enhetschef Vuxenstöd")
            #expect(try await h.eventTypes(mail) == ["MailQueued", "MailHeld", "MailDelivered"])
            // The directory's audit trail names the key and who changed it, never the address.
            let trail = try await h.app.store.readStream(StreamID(ContactDirectoryID.organisation.streamName))
            #expect(trail.map(\.eventType) == ["ContactSet"])
            #expect(trail.first?.metadata.actor == "samordnare")
            let json = String(decoding: trail.first?.data ?? Data(), as: UTF8.self)
            #expect(json.contains("owner") && !json.contains("@"))
        }
    }

    @Test func aContactRemovedWhileAMessageWaitsHoldsItInsteadOfUsingTheOldAddress() async throws {
        try await MailerHarness.with { h in
            let key = RecipientKey.management(h.unit)
            try await h.contacts.set(key, address: "tempfail-ledning@example.org", metadata: .init(actor: "samordnare"))
            let mail = try await h.queue(to: key)
            try await h.delivering([h.makeMailer()]) {
                let failing = try await h.waitFor(mail) { $0.state == .failing }
                #expect(failing.lastError?.contains("451") == true)
                #expect(failing.nextAttemptAt != nil)
                try await h.contacts.remove(key, metadata: .init(actor: "samordnare"))
                h.app.clock.advance(seconds: 60)
                try await h.waitFor(mail) { $0.state == .held }
                #expect(h.sink.count == 0)
                try await h.contacts.set(key, address: "ledning@example.org", metadata: .init(actor: "samordnare"))
                try await h.waitFor(mail) { $0.state == .delivered }
            }
            #expect(try await h.sink.messages().map(\.toAddress) == ["ledning@example.org"])
            #expect(try await h.sink.messages().first?.toName == "Ledningen, Vuxenstöd Lund")
            #expect(
                try await h.eventTypes(mail) == ["MailQueued", "MailDeliveryFailed", "MailHeld", "MailDelivered"])
        }
    }

    @Test func aPermanentFailureIsVisibleAndSentOnlyWhenSomeoneAsks() async throws {
        try await MailerHarness.with { h in
            let key = RecipientKey.coordinator(h.unit)
            try await h.contacts.set(
                key, address: "reject-samordnare@example.org", metadata: .init(actor: "samordnare"))
            let mail = try await h.queue(to: key)
            let mailer = h.makeMailer()
            try await h.delivering([mailer]) {
                let failed = try await h.waitFor(mail) { $0.state == .failed }
                #expect(failed.lastError?.contains("550") == true)
                #expect(failed.nextAttemptAt == nil)
                h.app.clock.advance(seconds: 3600)
                try await Task.sleep(for: .milliseconds(500))
                #expect(try await h.app.readModel.outboxEntry(mail)?.state == .failed)
                try await h.contacts.set(key, address: "samordnare@example.org", metadata: .init(actor: "samordnare"))
                _ = try await mailer.retry(mail, metadata: .init(actor: "samordnare"))
                let delivered = try await h.waitFor(mail) { $0.state == .delivered }
                #expect(delivered.attempts == 2)
            }
            #expect(h.sink.count == 1)
        }
    }

    @Test func temporaryFailuresAreGivenUpAfterTheConfiguredTime() async throws {
        try await MailerHarness.with(retry: RetryPolicy(firstDelay: 2, maximumDelay: 8, giveUpAfter: 30)) { h in
            let key = RecipientKey.management(h.unit)
            try await h.contacts.set(key, address: "tempfail-ledning@example.org", metadata: .init(actor: "samordnare"))
            let mail = try await h.queue(to: key)
            try await h.delivering([h.makeMailer()]) {
                try await h.waitFor(mail) { $0.state == .failing && $0.attempts == 1 }
                h.app.clock.advance(seconds: 60)
                let given = try await h.waitFor(mail) { $0.state == .givenUp }
                #expect(given.attempts == 2)
                #expect(given.lastError?.contains("451") == true)
            }
            #expect(try await h.app.readModel.outboxSummary().failed == 1)
        }
    }

    @Test func twoMailersOnOneDatabaseDeliverEachMessageOnceAndTheOtherTakesOver() async throws {
        try await MailerHarness.with { h in
            try await h.contacts.set(
                .council(h.council), address: "rad@example.org", metadata: .init(actor: "samordnare"))
            let otherPool = try TestDatabase.pool(maximumConnections: 4)
            let other = h.makeMailer(store: EventStore(pool: otherPool, schema: h.app.schema))
            let first = h.makeMailer()
            var early: [MailID] = []
            for _ in 0..<20 { early.append(try await h.queue(to: .council(h.council))) }
            let firstBatch = early
            let late = try await h.delivering([other]) {
                try await h.delivering([first]) {
                    try await h.sink.waitFor(20)
                    for mail in firstBatch { try await h.waitFor(mail) { $0.state == .delivered } }
                    #expect([first.status.delivering, other.status.delivering].filter { $0 }.count == 1)
                }
                // The first mailer has stopped (like a daemon that died): the other takes over.
                var late: [MailID] = []
                for _ in 0..<5 { late.append(try await h.queue(to: .council(h.council))) }
                try await h.sink.waitFor(25)
                for mail in late { try await h.waitFor(mail) { $0.state == .delivered } }
                return late
            }
            let queued = early + late
            await otherPool.close()
            let ids = try await h.sink.messages().map(\.messageId)
            #expect(ids.count == 25)
            #expect(Set(ids).count == 25)
            #expect(Set(ids) == Set(queued.map { "<tredjekraft.\($0)@example.org>" }))
        }
    }

    @Test func aMailerWhoseLockSessionIsKilledTakesTheLockAgainAndDeliversOn() async throws {
        try await MailerHarness.with { h in
            try await h.contacts.set(
                .council(h.council), address: "rad@example.org", metadata: .init(actor: "samordnare"))
            let mailer = h.makeMailer()
            let before = try await h.queue(to: .council(h.council))
            try await h.delivering([mailer]) {
                try await h.waitFor(before) { $0.state == .delivered }
                // The session holding the mailer's lock goes away, as in a database restart.
                let killed = try await h.app.pool.query(
                    """
                    SELECT count(pg_terminate_backend(l.pid)) AS n FROM pg_locks l
                    WHERE l.locktype = 'advisory' AND l.objsubid = 1
                      AND ((l.classid::bigint << 32) | l.objid::bigint) = hashtextextended(\(h.app.schema + ".mailer"), 0)
                    """
                ).first?.decode("n", as: Int.self)
                #expect(killed == 1)
                let after = try await h.queue(to: .council(h.council))
                try await h.waitFor(after) { $0.state == .delivered }
                #expect(mailer.status.delivering)
            }
            #expect(h.sink.count == 2)
        }
    }

    @Test func hostileInputIsRefusedWithTheFieldNamedAndNothingQueued() async throws {
        try await MailerHarness.with { h in
            await #expect(throws: DomainError.self) {
                try await h.queue(to: .council(h.council), subject: String(repeating: "x", count: 10_000))
            }
            await #expect(throws: DomainError.self) {
                try await h.queue(to: .council(h.council), subject: "Hej\r\nBcc: alla@example.org")
            }
            await #expect(throws: DomainError.self) {
                try await h.app.run(
                    .council(id(3), .create(unitId: h.unit, name: "Rådet\r\nBcc: x@y.se", form: .userCouncil)))
            }
            #expect(throws: DomainError.self) { try RecipientKey(kind: .owner, id: "Chef\r\nBcc: x@example.org") }
            let key = RecipientKey.council(h.council)
            for (address, check) in [
                ("rad @example.org", "invalid"), ("åsa@example.org", "invalid"),
                ("rad@example.org\r\nBcc: x@example.org", "control"),
                ("rad@exa mple.org", "invalid"), ("", "invalid"), ("rad\u{0}@example.org", "control"),
            ] {
                do {
                    try await h.contacts.set(key, address: address, metadata: .init(actor: "samordnare"))
                    Issue.record("\(address) was accepted")
                } catch let error as MailError {
                    switch (error, check) {
                    case (.invalidAddress(let field, _, _), "invalid"), (.controlCharacter(let field), "control"):
                        #expect(field == "Adressen")
                    default: Issue.record("\(address): \(error)")
                    }
                }
            }
            await #expect(throws: NotFound.self) {
                try await h.contacts.set(
                    .council(id(99)), address: "rad@example.org", metadata: .init(actor: "samordnare"))
            }
            await #expect(throws: NotFound.self) {
                try await h.contacts.remove(key, metadata: .init(actor: "samordnare"))
            }
            #expect(try await h.contacts.list().isEmpty)
            #expect(try await h.app.readModel.outbox().isEmpty)
            #expect(try await h.app.store.readStream(StreamID(ContactDirectoryID.organisation.streamName)).isEmpty)
        }
    }

    @Test func aTestMessageGoesOutNowAndMailOffSaysSo() async throws {
        try await MailerHarness.with { h in
            #expect(try await h.makeMailer().sendTest(to: "drift@example.org") == .accepted)
            let test = try #require(try await h.sink.messages().first)
            #expect(test.subject == "Provmeddelande från Tredje kraften")
            #expect(test.toAddress == "drift@example.org")
            #expect(test.text?.contains("Du behöver inte göra något.") == true)
            #expect(test.htmlErrors.isEmpty)
            var off = h.configuration
            off.enabled = false
            await #expect(throws: MailerError.mailOff) {
                try await h.makeMailer(configuration: off).sendTest(to: "drift@example.org")
            }
            await #expect(throws: MailError.self) { try await h.makeMailer().sendTest(to: "drift@@example.org") }
            var missing = h.configuration
            missing.sendmail = ["/usr/sbin/no-such-sendmail"]
            #expect(h.makeMailer(configuration: missing).status.problem?.contains("does not exist") == true)
            #expect(h.makeMailer(configuration: off).status.problem == nil)
        }
    }

    @Test func theOutboxRebuildsToTheSameRows() async throws {
        try await MailerHarness.with { h in
            try await h.contacts.set(
                .council(h.council), address: "rad@example.org", metadata: .init(actor: "samordnare"))
            let delivered = try await h.queue(to: .council(h.council))
            let held = try await h.queue(to: .owner("Verksamhetschef"))
            try await h.delivering([h.makeMailer()]) {
                try await h.waitFor(delivered) { $0.state == .delivered }
                try await h.waitFor(held) { $0.state == .held }
            }
            let before = try await h.app.dump("outbox")
            #expect(try await h.app.runner.rebuild(named: "outbox"))
            #expect(try await h.app.dump("outbox") == before)
        }
    }
}
