import AdminProtocol
import Domain
import ReadModelTypes
import Wording

/// Certifications of brukarinflytande: where each cycle stands, and one cycle's assessments and
/// handlingsplan in full.
enum CertificationRendering {
    static func list(_ reply: CertificationsReply) -> String {
        guard !reply.certifications.isEmpty else { return "Inga certifieringar." }
        return Table(
            [
                .init("Id"), .init("Verksamhet"), .init("Läge"), .init("Startad"), .init("Certifierad"),
                .init("Giltig till"), .init("Åtgärder"),
            ],
            rows: reply.certifications.map { status in
                [
                    Swedish.shortID(status.certificationId), status.unitName, status.stage,
                    Swedish.date(status.startedOn), Swedish.date(status.certifiedOn), validity(status),
                    "\(status.actionItemsOpen) öppna, \(status.actionItemsDone) klara",
                ]
            }
        ).render()
    }

    static func detail(_ reply: CertificationReply) -> String {
        let detail = reply.certification
        let status = detail.certification
        var fields = Fields()
        fields.add("Id", status.certificationId.description)
        fields.add("Verksamhet", status.unitName)
        fields.add("Läge", status.stage)
        fields.add("Startad", Swedish.date(status.startedOn))
        fields.add("Förnyar", detail.renews?.description)
        fields.add(
            "Handlingsplan antagen",
            status.adoptedOn.map { day in
                day.description + (detail.adoptedBy.map { " av \($0)" } ?? "")
            })
        fields.add("Certifierad", status.certifiedOn?.description)
        fields.add("Giltig till", status.validUntil.map { _ in validity(status) })
        fields.add("Bedömda områden", "\(status.areasAssessed) av \(QualityArea.allCases.count)")
        fields.add("Åtgärder", "\(status.actionItemsOpen) öppna, \(status.actionItemsDone) klara")
        var sections = [fields.render()]
        sections.append(
            detail.areas.isEmpty
                ? "Inga kvalitetsområden är bedömda än."
                : "Kvalitetsområden:\n"
                    + Table(
                        [.init("Område"), .init("Uppfyllt"), .init("Anteckning", maxWidth: 60)],
                        rows: detail.areas.map { [$0.area.label, Swedish.yesNo($0.fulfilled), $0.note ?? ""] }
                    ).render())
        sections.append(
            detail.actionItems.isEmpty
                ? "Handlingsplanen har inga åtgärder än."
                : "Handlingsplan:\n" + actionItemTable(detail.actionItems))
        return sections.joined(separator: "\n\n")
    }

    static func actionItemTable(_ items: [ActionItemSummary]) -> String {
        Table(
            [
                .init("Id"), .init("Område"), .init("Åtgärd", maxWidth: 40), .init("Ansvarig"), .init("Klart senast"),
                .init("Följs upp av"), .init("Ärende"),
            ],
            rows: items.map { item in
                [
                    Swedish.shortID(item.id), item.area.label, item.action, item.owner,
                    item.dueDate.description + (item.isOverdue ? " (försenad)" : ""), item.followedUpBy,
                    Swedish.issue(item.issueId, item.issueStatus),
                ]
            }
        ).render()
    }

    /// "2027-05-01 (om 90 dagar)", or that it has run out.
    static func validity(_ status: CertificationStatus) -> String {
        guard let until = status.validUntil else { return Swedish.none }
        guard let days = status.daysUntilExpiry else { return until.description }
        if days < 0 { return "\(until) (har gått ut)" }
        return "\(until) (om \(Swedish.days(days)))"
    }
}
