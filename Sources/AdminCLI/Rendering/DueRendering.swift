import AdminProtocol
import Domain
import ReadModelTypes
import Wording

/// What falls due, is overdue, or is owed: the coordinator's to-do list.
enum DueRendering {
    /// - Parameter explain: adds how each computed deadline was reached (`due --explain`).
    static func render(_ reply: DueReply, horizonDays: Int?, explain: Bool = false) -> String {
        guard !reply.items.isEmpty else {
            return "Inget förfaller inom \(Swedish.days(horizonDays ?? 30)) och inget är försenat."
        }
        // The last reminder only once the policies have sent one.
        let reminded = reply.items.contains { $0.lastReminder != nil }
        return Table(
            [
                .init("Vad"), .init("Id"), .init("Gäller", maxWidth: 44), .init("Datum"), .init("Försenat"),
                .init("Ansvarig", maxWidth: 24),
            ] + (reminded ? [.init("Senast påmint", maxWidth: 40)] : [])
                + (explain ? [.init("Så räknades datumet", overflow: .wrap)] : []),
            rows: reply.items.map { item in
                [
                    kind(item.kind), Swedish.shortID(item.reference), item.title, item.date.description,
                    item.isOverdue ? "ja" : "", item.owner ?? Swedish.none,
                ] + (reminded ? [item.lastReminder ?? ""] : [])
                    + (explain ? [explanation(item)] : [])
            }
        ).render()
    }

    /// How the row's deadline was reached; a date someone set says so.
    static func explanation(_ item: DueItem) -> String {
        if let explanation = item.explanation { return explanation }
        return switch item.kind {
        case .issueDue, .actionItemDue: "satt av ansvarig"
        case .certificationExpiring: "certifikatets sista giltiga dag"
        case .feedbackOwed, .noDecision, .noOwner: Swedish.none
        }
    }

    static func kind(_ kind: DueItem.Kind) -> String {
        switch kind {
        case .issueDue: "Ärende klart senast"
        case .feedbackOwed: "Återkoppling väntar"
        case .actionItemDue: "Åtgärd klar senast"
        case .certificationExpiring: "Certifiering går ut"
        case .noDecision: "Inget beslut"
        case .noOwner: "Ingen ansvarig"
        }
    }
}
