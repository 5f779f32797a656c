import AppTestSupport
import Domain
import EventCodec
import EventStore
import Foundation
import PersonalData
import Testing

/// The contact directory: addresses outside the log, every change audited by an event that names the
/// key and never the address, table and event changed by one unit of work.
@Suite struct ContactDirectoryTests {
    let unit: UnitID = id(1)
    let council: CouncilID = id(2)

    func prepared(_ app: TestApp) async throws -> ContactDirectory {
        try await app.run(.unit(unit, .register(name: "Vuxenstöd Lund")), on: "2026-02-01")
        try await app.run(.council(council, .create(unitId: unit, name: "Brukarrådet", form: .userCouncil)))
        let directory = ContactDirectory(store: app.store, clock: app.organisationClock)
        try await directory.migrator.migrate()
        return directory
    }

    @Test func anAddressIsKeptOutsideTheLogAndEveryChangeIsAudited() async throws {
        try await TestApp.with { app in
            let directory = try await prepared(app)
            let key = RecipientKey.council(council)
            try await directory.set(key, address: "radet@example.org", metadata: .init(actor: "samordnare"))
            #expect(try await directory.address(of: key) == "radet@example.org")
            try await directory.remove(key, metadata: .init(actor: "samordnare"))
            #expect(try await directory.address(of: key) == nil)
            #expect(try await directory.list().isEmpty)
            let audit = try await app.store.readStream(StreamID(ContactDirectoryID.organisation.streamName))
            #expect(audit.map(\.eventType) == ["ContactSet", "ContactRemoved"])
            #expect(audit.allSatisfy { $0.metadata.actor == "samordnare" })
            // The key is named; the address is in no event.
            #expect(audit.allSatisfy { !String(decoding: $0.data, as: UTF8.self).contains("example.org") })
            #expect(audit.allSatisfy { String(decoding: $0.data, as: UTF8.self).contains(council.description) })
        }
    }

    @Test func refusalsNameWhatIsMissingAndChangeNothing() async throws {
        try await TestApp.with { app in
            let directory = try await prepared(app)
            let missing = await #expect(throws: NotFound.self) {
                try await directory.remove(.council(council), metadata: .init(actor: "samordnare"))
            }
            #expect(missing?.kind == .contact)
            let unknown: CouncilID = id(99)
            let noCouncil = await #expect(throws: NotFound.self) {
                try await directory.set(
                    .council(unknown), address: "x@example.org", metadata: .init(actor: "samordnare"))
            }
            #expect(noCouncil?.kind == .council)
            await #expect(throws: (any Error).self) {
                try await directory.set(
                    .council(council), address: "a@example.org\r\nBcc: x@example.org",
                    metadata: .init(actor: "samordnare"))
            }
            #expect(try await directory.list().isEmpty)
            #expect(try await app.store.readStream(StreamID(ContactDirectoryID.organisation.streamName)).isEmpty)
        }
    }

    @Test func concurrentChangesAreEachAuditedOnce() async throws {
        try await TestApp.with { app in
            let directory = try await prepared(app)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<8 {
                    group.addTask {
                        try await directory.set(
                            .owner("handläggare \(index)"), address: "h\(index)@example.org",
                            metadata: .init(actor: "samordnare"))
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await directory.list().count == 8)
            let audit = try await app.store.readStream(StreamID(ContactDirectoryID.organisation.streamName))
            #expect(audit.count == 8)
        }
    }
}
