import Foundation

/// A handlingsplan kept elsewhere (a unit's spreadsheet), row by row, decided against a certification:
/// what each row adds, leaves as it is, or cannot do — by the certification's own rules.
///
/// A row's action item has an id derived from the certification and the row's external id
/// (``itemID(certification:externalId:)``), so importing the same file again names the same items and
/// adds nothing. There is no command that corrects an action item: a row whose item exists with other
/// values is reported as changed and left alone.
package enum ActionPlanImport {
    /// One row as written: every cell a text, the line it starts on for messages.
    package struct Row: Equatable, Sendable {
        package var line: Int
        package var externalId: String
        package var area: String
        package var action: String
        package var owner: String
        package var followedUpBy: String
        package var dueDate: String

        package init(
            line: Int, externalId: String, area: String, action: String, owner: String, followedUpBy: String,
            dueDate: String
        ) {
            self.line = line
            self.externalId = externalId
            self.area = area
            self.action = action
            self.owner = owner
            self.followedUpBy = followedUpBy
            self.dueDate = dueDate
        }
    }

    /// What a row does.
    package enum Outcome: Equatable, Sendable {
        /// A new action item.
        case added(ActionItemID)
        /// The item exists with the same values.
        case unchanged(ActionItemID)
        /// The item exists with other values; nothing is changed. `reason` says what differs, in Swedish.
        case changed(ActionItemID, reason: String)
        /// The row cannot be an action item; `item` when its external id could be read.
        case invalid(ActionItemID?, reason: String)

        package var item: ActionItemID? {
            switch self {
            case .added(let id), .unchanged(let id), .changed(let id, _): id
            case .invalid(let id, _): id
            }
        }

        package var isInvalid: Bool {
            if case .invalid = self { true } else { false }
        }
    }

    /// The rows' outcomes, in row order, and the events of the rows that add an item.
    package struct Decision: Equatable, Sendable {
        package var outcomes: [Outcome]
        package var events: [CertificationEvent]

        package var hasInvalid: Bool { outcomes.contains(where: \.isInvalid) }
    }

    /// The action item a row with `externalId` (trimmed) names in `certification`.
    package static func itemID(certification: CertificationID, externalId: String) -> ActionItemID {
        ActionItemID(
            NameDerivedUUID.uuid(
                "action-item:\(certification):\(externalId.trimmingCharacters(in: .whitespacesAndNewlines))"))
    }

    /// Decides `rows` in order against the certification as `state` has it, each row seeing the items
    /// the rows before it add.
    package static func decide(
        _ rows: [Row], certification: CertificationID, state: CertificationState?, context: DecisionContext
    ) -> Decision {
        var state = state
        var decision = Decision(outcomes: [], events: [])
        for row in rows {
            let outcome: Outcome
            do {
                let (decided, events) = try decide(row, certification: certification, state: state, context: context)
                outcome = decided
                for event in events { CertificationAggregate.evolve(&state, event) }
                decision.events += events
            } catch {
                outcome = .invalid(
                    row.externalId.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                        ? nil : itemID(certification: certification, externalId: row.externalId),
                    reason: error.message)
            }
            decision.outcomes.append(outcome)
        }
        return decision
    }

    private static func decide(
        _ row: Row, certification: CertificationID, state: CertificationState?, context: DecisionContext
    ) throws(DomainError) -> (Outcome, [CertificationEvent]) {
        let externalId = try Validation.text(row.externalId, "Externt id", .name)
        let id = itemID(certification: certification, externalId: externalId)
        let area = try self.area(row.area)
        let dueDate = try date(row.dueDate)
        if let existing = state?.actionItems.first(where: { $0.id == id }) {
            let differs = differences(existing, row, area: area, dueDate: dueDate)
            guard differs.isEmpty else {
                return (
                    .changed(
                        id,
                        reason: "Åtgärden finns redan med andra uppgifter (\(differs.joined(separator: ", "))). "
                            + "Ändringen förs inte in: en åtgärd i handlingsplanen går inte att rätta. "
                            + "Vill ni ha en ny åtgärd, ge raden ett nytt externt id."),
                    []
                )
            }
            return (.unchanged(id), [])
        }
        let events = try CertificationAggregate.decide(
            .addActionItem(
                actionItemId: id, area: area, action: row.action, owner: row.owner, dueDate: dueDate,
                followedUpBy: row.followedUpBy),
            state, context)
        return (.added(id), events)
    }

    private static func area(_ written: String) throws(DomainError) -> QualityArea {
        if written.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DomainError(.blankText, "Kvalitetsområde saknas. Skriv ett av de tio, till exempel bemotande.")
        }
        guard let area = QualityArea(written: written) else {
            throw DomainError(
                .invalidValue,
                "Kvalitetsområdet \"\(written)\" finns inte. Skriv ett av: "
                    + QualityArea.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        }
        return area
    }

    private static func date(_ written: String) throws(DomainError) -> CalendarDate {
        let trimmed = written.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            throw DomainError(.blankText, "Klart senast saknas. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-03-31.")
        }
        guard let date = CalendarDate(trimmed) else {
            throw DomainError(
                .invalidValue,
                "Klart senast (\"\(written)\") är inget datum som finns. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2027-03-31."
            )
        }
        return date
    }

    /// The columns whose values differ from the item's, by their Swedish names.
    private static func differences(
        _ item: CertificationState.ActionItem, _ row: Row, area: QualityArea, dueDate: CalendarDate
    ) -> [String] {
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        var names: [String] = []
        if item.area != area { names.append("kvalitetsområde") }
        if item.action != trimmed(row.action) { names.append("åtgärd") }
        if item.owner != trimmed(row.owner) { names.append("ansvarig") }
        if item.followedUpBy != trimmed(row.followedUpBy) { names.append("följs upp av") }
        if item.dueDate != dueDate { names.append("klart senast") }
        return names
    }
}
