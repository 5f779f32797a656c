import Domain
import Policies

/// What a reminder letter names besides the effects: the issues' titles and statuses and the action
/// items' texts (from the run's facts), and the councils' and units' names (from the read models).
///
/// Made once per run and shared by all its letters, so a run over 100,000 issues looks each name up
/// in a dictionary instead of searching the facts for every letter.
package struct ReminderNames: Sendable {
    package var issues: [IssueID: IssueFact]
    package var actionItems: [ActionItemID: ActionItemFact]
    package var councils: [CouncilID: String]
    package var units: [UnitID: String]

    package init(facts: PolicyFacts, councils: [CouncilID: String], units: [UnitID: String]) {
        self.issues = Dictionary(facts.issues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.actionItems = Dictionary(facts.actionItems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.councils = councils
        self.units = units
    }

    /// The unit's name, or a plain word when the read model has none.
    func unit(_ id: UnitID) -> String {
        guard let name = units[id], !name.isEmpty else { return "verksamheten" }
        return name
    }

    /// The council's name, or a plain word when the read model has none.
    func council(_ id: CouncilID) -> String {
        guard let name = councils[id], !name.isEmpty else { return "rådet" }
        return name
    }

    /// Who a recipient key stands for, as a sentence names them: the owner's title, "samordnaren för
    /// Vuxenstöd Lund", "ledningen för Vuxenstöd Lund", or the council's name.
    func who(_ key: RecipientKey) -> String {
        switch key {
        case .owner(let title): title
        case .coordinator(let unit): "samordnaren för \(self.unit(unit))"
        case .management(let unit): "ledningen för \(self.unit(unit))"
        case .council(let council): self.council(council)
        case .sender: "den som skrev till oss"
        }
    }
}
