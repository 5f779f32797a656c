import Domain
import Foundation
import Testing

@testable import Demo

/// The demo's contact directory: every council, unit and owner reachable at example.org.
@Suite struct DemoContactsTests {
    let scenario = DemoScenario(today: CalendarDate("2026-11-30")!, timeZone: .current)

    @Test func everyCouncilUnitAndOwnerHasAnExampleAddress() {
        let contacts = scenario.contacts
        let keys = Set(contacts.map(\.recipient))
        #expect(keys.count == contacts.count)
        #expect(keys.contains(.council(DemoScenario.lundCouncil)))
        #expect(keys.contains(.management(DemoScenario.lundUnit)))
        #expect(keys.contains(.coordinator(DemoScenario.lundUnit)))
        #expect(keys.contains(.owner("enhetschef utredningsgruppen")))
        #expect(contacts.filter { if case .council = $0.recipient { true } else { false } }.count == scenario.councils)
        for contact in contacts {
            let local = contact.address.dropLast("@example.org".count)
            #expect(contact.address.hasSuffix("@example.org"))
            #expect(
                !local.isEmpty && local.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-.".contains($0)) })
        }
        #expect(DemoScenario.slug("Dialogmöten vuxenstöd Lund") == "dialogmoten-vuxenstod-lund")
    }
}
