import Testing

@testable import Domain

/// Recipient keys are matched without regard to an owner title's case, in one place (`matchKey`).
@Suite struct RecipientKeyMatchTests {
    @Test func ownerTitlesMatchWithoutRegardToCase() throws {
        let written = try RecipientKey(kind: .owner, id: "Enhetschef  Vuxenstöd")
        #expect(written == .owner("enhetschef vuxenstöd"))
        #expect(Set([written, .owner("ENHETSCHEF VUXENSTÖD")]).count == 1)
        #expect(written.id == "Enhetschef Vuxenstöd")  // the title keeps its capitals
        #expect(written != .owner("Enhetschef Vuxenstod"))  // ö is not o
        #expect(RecipientKey.council(Fixture.council) != .management(UnitID(Fixture.council.uuid)))
    }
}
