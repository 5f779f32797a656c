import Foundation
import Testing

@testable import Domain

/// A handlingsplan's rows decided against a certification: ids from external ids, unchanged and
/// changed rows, the domain's refusals as reasons, later rows seeing the earlier rows' items.
@Suite struct ActionPlanImportTests {
    static let ctx = context("2026-05-01")
    static let started = CertificationState(unitId: Fixture.unit, startedOn: day("2026-03-01"), renews: nil)

    static func row(
        _ id: String, area: String = "Bemötande", action: String = "Utbilda personalen.", due: String = "2026-09-30"
    )
        -> ActionPlanImport.Row
    {
        .init(
            line: 2, externalId: id, area: area, action: action, owner: "Enhetschef", followedUpBy: "Brukarrådet",
            dueDate: due)
    }

    @Test func theSameExternalIdNamesTheSameItemInTheSameCertificationOnly() {
        let a = ActionPlanImport.itemID(certification: Fixture.certification, externalId: "H-1")
        #expect(a == ActionPlanImport.itemID(certification: Fixture.certification, externalId: " H-1 "))
        #expect(a != ActionPlanImport.itemID(certification: Fixture.certification, externalId: "H-2"))
        #expect(a != ActionPlanImport.itemID(certification: Fixture.previousCertification, externalId: "H-1"))
    }

    @Test func newRowsAreAddedThenUnchangedOrChanged() {
        let first = ActionPlanImport.decide(
            [Self.row("H-1"), Self.row("H-2", area: "mal och delmal")], certification: Fixture.certification,
            state: Self.started, context: Self.ctx)
        #expect(first.outcomes.map(\.isInvalid) == [false, false])
        #expect(first.events.count == 2)
        let state = first.events.reduce(Self.started as CertificationState?) { CertificationAggregate.evolve($0, $1) }
        #expect(state?.actionItems.map(\.area) == [.treatment, .goals])
        let second = ActionPlanImport.decide(
            [Self.row("H-1"), Self.row("H-2", area: "mal och delmal", due: "2026-10-31")],
            certification: Fixture.certification, state: state, context: Self.ctx)
        #expect(second.events.isEmpty)
        #expect(
            second.outcomes.first
                == .unchanged(ActionPlanImport.itemID(certification: Fixture.certification, externalId: "H-1")))
        guard case .changed(_, let reason) = second.outcomes.last else {
            Issue.record("\(second.outcomes)")
            return
        }
        #expect(reason.contains("(klart senast)"), "\(reason)")
    }

    @Test func badRowsGetTheDomainsReasons() {
        let decided = ActionPlanImport.decide(
            [
                Self.row(""), Self.row("A", area: "kvällsöppet"), Self.row("B", due: "2026-13-01"),
                Self.row("C", due: "2026-01-01"), Self.row("D", action: "Mejla kim@example.se"),
            ], certification: Fixture.certification, state: Self.started, context: Self.ctx)
        let reasons = decided.outcomes.map { outcome -> String in
            if case .invalid(_, let reason) = outcome { reason } else { "" }
        }
        #expect(reasons[0].hasPrefix("Externt id saknas"))
        #expect(reasons[1].contains("finns inte"))
        #expect(reasons[2].contains("inget datum"))
        #expect(reasons[3].contains("före certifieringens start"))
        #expect(reasons[4].contains("e-postadress"))
        #expect(decided.events.isEmpty)
    }

    @Test func qualityAreasAreReadAsPeopleWriteThem() {
        #expect(QualityArea(written: "Kartläggning av problem") == .problemMapping)
        #expect(QualityArea(written: " MÅL OCH DELMÅL ") == .goals)
        #expect(QualityArea(written: "samverkan-med-andra") == .cooperation)
        #expect(QualityArea(written: "bemotande") == .treatment)
        #expect(QualityArea(written: "kvällsöppet") == nil)
        #expect(QualityArea(written: "") == nil)
    }
}
