import Domain
import Foundation
import Letters
import Policies
import Testing

/// The names a run in pages keeps give exactly the letters of the names of every fact at once, also for
/// an action item whose issue has no effect of its own (its letter names what the issue's stage needs).
@Suite struct ReminderNamesPagesTests {
    @Test func namesKeptPageByPageWordTheLettersAsAllTheFactsDo() {
        let today = CalendarDate("2026-06-25")!
        // Registered today: no policy holds for it yet, so only the action item's letter needs its name.
        let fresh = IssueID(UUID(uuidString: "7b1c2d3e-0000-4000-8000-0000000000f5")!)
        var facts = ReminderWordingTests.facts
        facts.issues.append(
            IssueFact(
                id: fresh, unitId: ReminderWordingTests.unit, title: "Informationsblad", status: .inPreparation,
                outcome: nil, owner: "Enhetschef", registeredOn: today, dueDate: nil, lastEventOn: today))
        facts.actionItems[0].issueId = fresh
        let councils = [ReminderWordingTests.council: "Dialogmöten"]
        let units = [ReminderWordingTests.unit: "Vuxenstöd Lund"]
        let atOnce = ReminderNames(facts: facts, councils: councils, units: units)
        let effects = PolicyEngine.evaluate(facts: facts, prior: [], today: today, configuration: .defaults)
        // The pages as the sweep reads them: action items and certifications, then the issues one by one.
        var paged = ReminderNames(facts: PolicyFacts(), councils: councils, units: units)
        var pages = [PolicyFacts(actionItems: facts.actionItems, certifications: facts.certifications)]
        pages += facts.issues.map { PolicyFacts(issues: [$0]) }
        for page in pages {
            paged.remember(
                page, namedBy: PolicyEngine.evaluate(facts: page, prior: [], today: today, configuration: .defaults))
        }
        #expect(!effects.contains { $0.subject == .issue(fresh) })
        #expect(effects.contains { if case .actionItem = $0.subject { true } else { false } })
        #expect(paged.issues[fresh] != nil)
        let messages = MessagePlan(effects: effects).messages
        #expect(!messages.isEmpty)
        for message in messages {
            let expected = ReminderWording.content(message, names: atOnce, today: today)
            let actual = ReminderWording.content(message, names: paged, today: today)
            #expect(actual.subject == expected.subject)
            #expect(actual.text == expected.text)
            #expect(actual.html == expected.html)
        }
    }
}
