import Domain
import Foundation
import Policies

/// Deterministic UUIDs: `uuid(7)` is 00000000-0000-0000-0000-000000000007.
func uuid(_ n: Int) -> UUID {
    UUID(uuidString: String(format: "00000000-0000-0000-0000-%012x", n))!
}

func day(_ s: String) -> CalendarDate { CalendarDate(s)! }

enum Fixture {
    static let unit = UnitID(uuid(1))
    static let council = CouncilID(uuid(2))
    static let otherCouncil = CouncilID(uuid(3))
    static let issue = IssueID(uuid(10))
    static let otherIssue = IssueID(uuid(11))
    static let certification = CertificationID(uuid(20))
    static let actionItem = ActionItemID(uuid(30))
    static let owner = "Enhetschef Vuxenstöd"

    /// "Tid att lyssna", registered 2026-01-10 with nothing else: no owner, no decision.
    static func issue(
        id: IssueID = issue, status: IssueStatus = .registered, outcome: DecisionOutcome? = nil, owner: String? = nil,
        registeredOn: String = "2026-01-10", dueDate: String? = nil, lastEventOn: String = "2026-01-10",
        feedbackOwed: [FeedbackDue] = []
    ) -> IssueFact {
        IssueFact(
            id: id, unitId: unit, title: "Tid att lyssna", status: status, outcome: outcome, owner: owner,
            registeredOn: day(registeredOn), dueDate: dueDate.map(day), lastEventOn: day(lastEventOn),
            feedbackOwed: feedbackOwed)
    }

    static func actionItem(dueDate: String = "2026-05-31", planAdopted: Bool = true) -> ActionItemFact {
        ActionItemFact(
            id: actionItem, certificationId: certification, unitId: unit,
            action: "Ta fram informationsblad på lätt svenska", followedUpBy: "Brukarrådet", dueDate: day(dueDate),
            planAdopted: planAdopted)
    }

    static func certification(validUntil: String = "2026-09-30", renewalStarted: Bool = false) -> CertificationFact {
        CertificationFact(id: certification, unitId: unit, validUntil: day(validUntil), renewalStarted: renewalStarted)
    }
}

/// The defaults, but sending on every day: the tests of the day arithmetic in calendar days run on
/// weekends and holidays too (``WorkingDayPolicyTests`` tests the waiting for working days).
let everyDay: PoliciesConfiguration = {
    var configuration = PoliciesConfiguration.defaults
    configuration.onNonWorkingDays = .send
    return configuration
}()

/// Only `policy` on, with the defaults otherwise (sending on every day): one policy's effects in isolation.
func only(_ policy: PolicyName, _ change: (inout PolicyConfiguration) -> Void = { _ in }) -> PoliciesConfiguration {
    var configuration = everyDay
    for other in PolicyName.allCases where other != policy { configuration[other].enabled = false }
    change(&configuration[policy])
    return configuration
}

/// One run on `today` with the issue as the only fact.
func run(
    _ facts: PolicyFacts, on today: String, prior: [PriorEffect] = [],
    configuration: PoliciesConfiguration = everyDay
) -> [Effect] {
    PolicyEngine.evaluate(facts: facts, prior: prior, today: day(today), configuration: configuration)
}

/// The daily runs from `first` for `days` days, each recording its effects as the scheduler would, so
/// the next run sees them; the facts may change from day to day.
func simulate(
    from first: String, days: Int, configuration: PoliciesConfiguration, facts: (CalendarDate) -> PolicyFacts
) -> [(day: CalendarDate, effect: Effect)] {
    var prior: [PriorEffect] = []
    var happened: [(day: CalendarDate, effect: Effect)] = []
    for offset in 0..<days {
        let today = day(first).adding(days: offset)
        let effects = PolicyEngine.evaluate(
            facts: facts(today), prior: prior, today: today, configuration: configuration)
        for effect in effects {
            prior.append(PriorEffect(effect, on: today))
            happened.append((today, effect))
        }
    }
    return happened
}

extension PolicyFacts {
    init(_ issue: IssueFact) { self.init(issues: [issue]) }
}
