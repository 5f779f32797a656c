import AdminProtocol
import AppTestSupport
import Domain
import Foundation
import Testing
import Varlink

@testable import AdminServer

/// The contact directory and the outbox over the admin socket: what each method answers, and a clear
/// error for every bad input.
@Suite struct MailMethodsTests {
    static let council = UUID(uuidString: "c0c0c0c0-0000-4000-8000-000000000001")!

    static func setUp(_ admin: AdminHarness) async throws -> (unit: String, council: String) {
        let unit = try await admin.command(.registerUnit, RegisterUnitParameters(name: "Vuxenstöd Lund")).unitId!
        let council = try await admin.command(
            .createCouncil,
            CreateCouncilParameters(unitId: unit, name: "Brukarrådet Vuxenstöd", form: .userCouncil, commandId: council)
        ).councilId!
        return (unit, council)
    }

    @Test func contactsAreSetListedAndRemovedByKey() async throws {
        try await AdminHarness.with { admin in
            let setup = try await Self.setUp(admin)
            let set: ContactChangeReply = try await admin.call(
                .setContact, SetContactParameters(kind: "council", id: "c0c0c0c0", address: "rad@example.org"))
            #expect(set == ContactChangeReply(kind: "council", id: setup.council, name: "Brukarrådet Vuxenstöd"))
            let _: ContactChangeReply = try await admin.call(
                .setContact,
                SetContactParameters(kind: "owner", id: " Enhetschef  Vuxenstöd ", address: "chef@example.org"))
            let _: ContactChangeReply = try await admin.call(
                .setContact, SetContactParameters(kind: "management", id: setup.unit, address: "ledning@example.org"))
            let list: ContactsReply = try await admin.call(.listContacts)
            #expect(
                list.contacts.map { "\($0.kind) \($0.name ?? "-") \($0.address)" } == [
                    "council Brukarrådet Vuxenstöd rad@example.org", "management Vuxenstöd Lund ledning@example.org",
                    "owner Enhetschef Vuxenstöd chef@example.org",
                ])
            let _: ContactChangeReply = try await admin.call(
                .removeContact, ContactKeyParameters(kind: "owner", id: "Enhetschef Vuxenstöd"))
            let after: ContactsReply = try await admin.call(.listContacts)
            #expect(after.contacts.count == 2)
        }
    }

    @Test func badContactsAreRefusedClearly() async throws {
        try await AdminHarness.with { admin in
            let setup = try await Self.setUp(admin)
            let badAddress = try #require(
                await admin.error(
                    .setContact,
                    [
                        "kind": "council", "id": .string(setup.council),
                        "address": "rad@example.org\r\nBcc: x@example.org",
                    ]
                ))
            #expect(badAddress.name == "io.tredjekraft.admin.RuleViolation")
            #expect(badAddress.parameters["code"] == "invalid_address")
            let swedish = try #require(
                await admin.error(
                    .setContact, ["kind": "council", "id": .string(setup.council), "address": "åsa@lund.se"]))
            #expect(swedish.parameters["reason"]?.stringValue?.contains("inte å, ä eller ö") == true)
            let kind = try #require(await admin.error(.setContact, ["kind": "rektor", "id": "x", "address": "a@b.se"]))
            #expect(kind.name == "org.varlink.service.InvalidParameter" && kind.parameters["parameter"] == "kind")
            let unknown = try #require(
                await admin.error(.setContact, ["kind": "management", "id": "0123456789", "address": "a@b.se"]))
            #expect(unknown.name == "io.tredjekraft.admin.NotFound")
            let title = try #require(
                await admin.error(.setContact, ["kind": "owner", "id": "Chef\nBcc: x@y.se", "address": "a@b.se"]))
            #expect(title.parameters["code"] == "invalid_characters")
            let notThere = try #require(await admin.error(.removeContact, ["kind": "owner", "id": "Ingen sådan"]))
            #expect(notThere.name == "io.tredjekraft.admin.NotFound")
            #expect(notThere.parameters["kind"] == "contact")
            let list: ContactsReply = try await admin.call(.listContacts)
            #expect(list.contacts.isEmpty)
        }
    }

    @Test func theOutboxIsListedAndRetriedAndStatusCountsIt() async throws {
        try await AdminHarness.with { admin in
            _ = try await Self.setUp(admin)
            let mail = MailID(UUID(uuidString: "3a11a11a-0000-4000-8000-000000000001")!)
            try await admin.app.run(
                .mail(
                    mail,
                    .queue(
                        recipient: .council(CouncilID(Self.council)), purpose: .reminder, subject: "Påminnelse",
                        text: "Hej!", html: nil, regarding: nil)), as: "scheduler")
            let list: ListMailReply = try await admin.call(.listMail, ListMailParameters())
            #expect(list.messages.map(\.id) == [mail.description])
            #expect(list.messages.first?.recipientName == "Brukarrådet Vuxenstöd")
            #expect(list.messages.first?.state == "pending")
            let held: ListMailReply = try await admin.call(.listMail, ListMailParameters(states: ["held"]))
            #expect(held.messages.isEmpty)
            let badState = try #require(await admin.error(.listMail, ["states": ["lost"]]))
            #expect(badState.parameters["parameter"] == "states")
            let badLimit = try #require(await admin.error(.listMail, ["limit": .int(0)]))
            #expect(badLimit.parameters["parameter"] == "limit")

            let pending = try #require(await admin.error(.retryMail, ["id": "3a11a11a"]))
            #expect(pending.parameters["code"] == "unchanged")
            let unknown = try #require(await admin.error(.retryMail, ["id": "0123456789"]))
            #expect(unknown.name == "io.tredjekraft.admin.NotFound" && unknown.parameters["kind"] == "mail")
            let garbage = try #require(await admin.error(.retryMail, ["id": "'; DROP TABLE outbox; --"]))
            #expect(garbage.name == "org.varlink.service.InvalidParameter")

            let off = try #require(await admin.error(.sendTestMail, ["to": "drift@example.org"]))
            #expect(off.name == "io.tredjekraft.admin.MailUnavailable")
            #expect(off.parameters["reason"]?.stringValue?.contains("E-posten är avstängd") == true)

            let status: StatusReply = try await admin.call(.status)
            #expect(status.mail?.queued == 1)
            #expect(status.mail?.enabled == false)
            #expect(status.mail?.oldestUndeliveredQueuedAt != nil)
        }
    }
}
