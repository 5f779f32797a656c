import AppTestSupport
import Domain
import EventStore
import Foundation
import PersonalData
import Postgres
import Testing

/// An owner's contact key is matched without regard to case (`RecipientKey.matchKey`), also for a
/// directory written before: its entries keep working, and its duplicates become one.
@Suite struct OwnerKeyCaseTests {
    func prepared(_ app: TestApp) async throws -> ContactDirectory {
        let directory = ContactDirectory(store: app.store, clock: app.organisationClock)
        try await directory.migrator.migrate()
        return directory
    }

    @Test func aTitleWithOtherCapitalsReachesTheSameAddressAndMakesNoSecondEntry() async throws {
        try await TestApp.with { app in
            let directory = try await prepared(app)
            try await directory.set(
                .owner("Enhetschef vuxenstöd"), address: "a@example.org", metadata: .init(actor: "samordnare"))
            #expect(try await directory.address(of: .owner("ENHETSCHEF VUXENSTÖD")) == "a@example.org")
            try await directory.set(
                .owner("Enhetschef Vuxenstöd"), address: "b@example.org", metadata: .init(actor: "samordnare"))
            let list = try await directory.list()
            #expect(list.map(\.recipient.id) == ["Enhetschef Vuxenstöd"])
            #expect(try await directory.address(of: .owner("enhetschef vuxenstöd")) == "b@example.org")
        }
    }

    @Test func entriesFromBeforeKeepWorkingAndTheirDuplicatesBecomeOne() async throws {
        try await TestApp.with { app in
            let directory = try await prepared(app)
            // Two spellings, as an older daemon stored them side by side; the later one is the address.
            for (key, address, day) in [
                ("Enhetschef vuxenstöd", "old@example.org", "2026-01-01"),
                ("Enhetschef Vuxenstöd", "new@example.org", "2026-02-01"),
            ] {
                try await app.pool.execute(
                    """
                    INSERT INTO \(identifier: app.schema).contacts
                    VALUES ('owner', \(key), \(address), \(CalendarDate(day)!.postgresNoon))
                    """)
            }
            #expect(try await directory.list().map(\.address) == ["new@example.org"])
            #expect(try await directory.address(of: .owner("enhetschef vuxenstöd")) == "new@example.org")
            // Setting it again replaces both; removing it removes it under every spelling.
            try await directory.set(
                .owner("Enhetschef vuxenstöd"), address: "c@example.org", metadata: .init(actor: "samordnare"))
            let rows = try await app.pool.query("SELECT key FROM \(identifier: app.schema).contacts")
            #expect(rows.count == 1)
            try await directory.remove(.owner("ENHETSCHEF VUXENSTÖD"), metadata: .init(actor: "samordnare"))
            #expect(try await directory.list().isEmpty)
            #expect(try await directory.address(of: .owner("Enhetschef vuxenstöd")) == nil)
        }
    }
}

extension CalendarDate {
    /// Noon UTC of the day, for rows written by hand.
    fileprivate var postgresNoon: Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
    }
}
