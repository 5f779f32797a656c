import Domain
import Foundation
import Postgres
import ReadModelTypes
import Wording

extension ReadModel {
    /// What falls due within `horizonDays` or is overdue, and what feedback is owed: the input of the
    /// reminder and escalation policies, and of a coordinator's weekly look.
    package func due(horizonDays: Int = 30, unitId: UnitID? = nil) async throws -> [DueItem] {
        let today = self.today
        // One configuration for the whole answer, also when a reload comes meanwhile.
        let thresholds = self.thresholds
        let until = today.adding(days: horizonDays).postgres
        let unit = unitId?.uuid
        var items: [DueItem] = []
        for row in try await database.query(
            """
            SELECT s.issue_id, s.title, s.unit_id, s.due_date, s.owner FROM \(identifier: schema).issue_status s
            WHERE s.due_date IS NOT NULL AND s.due_date <= \(until) AND (\(unescaped: Self.lateCondition))
              AND (\(unit)::uuid IS NULL OR s.unit_id = \(unit))
            """)
        {
            let date = try row.decode("due_date", as: PostgresDate.self).calendarDate
            items.append(
                DueItem(
                    kind: .issueDue, reference: try row.decode("issue_id", as: UUID.self).lowercased,
                    title: try row.decode("title"),
                    unitId: UnitID(try row.decode("unit_id", as: UUID.self)), date: date, isOverdue: date < today,
                    owner: try row.decode("owner"), councilId: nil))
        }
        for row in try await database.query(
            """
            SELECT f.issue_id, s.title, s.unit_id, f.owed_since, s.owner, f.council_id, f.occasion
            FROM \(identifier: schema).feedback_owed f JOIN \(identifier: schema).issue_status s USING (issue_id)
            WHERE (\(unit)::uuid IS NULL OR s.unit_id = \(unit))
            """)
        {
            let since = try row.decode("owed_since", as: PostgresDate.self).calendarDate
            let occasion = FeedbackOccasion(rawValue: try row.decode("occasion")) ?? .decision
            let deadline = thresholds.calendar.compute(thresholds.feedbackOwedDays, from: since)
            items.append(
                DueItem(
                    kind: .feedbackOwed, reference: try row.decode("issue_id", as: UUID.self).lowercased,
                    title:
                        "Återkoppling om \(TimelineText.occasion(occasion)): \(try row.decode("title", as: String.self))",
                    unitId: UnitID(try row.decode("unit_id", as: UUID.self)), date: since,
                    isOverdue: thresholds.isFeedbackLate(owedSince: since, today: today),
                    owner: try row.decode("owner"), councilId: CouncilID(try row.decode("council_id", as: UUID.self)),
                    explanation: ComputedDateText.explanation(deadline)))
        }
        for row in try await database.query(
            """
            SELECT a.action_item_id, a.action, c.unit_id, a.due_date, a.owner
            FROM \(identifier: schema).action_items a JOIN \(identifier: schema).certifications c USING (certification_id)
            LEFT JOIN \(identifier: schema).issue_sources src ON src.source_id = a.action_item_id
            LEFT JOIN \(identifier: schema).issue_status s ON s.issue_id = src.issue_id
            WHERE a.due_date <= \(until) AND coalesce(s.status NOT IN \(unescaped: Self.actionItemClosedStatuses), true)
              AND (\(unit)::uuid IS NULL OR c.unit_id = \(unit))
            """)
        {
            let date = try row.decode("due_date", as: PostgresDate.self).calendarDate
            items.append(
                DueItem(
                    kind: .actionItemDue, reference: try row.decode("action_item_id", as: UUID.self).lowercased,
                    title: try row.decode("action"), unitId: UnitID(try row.decode("unit_id", as: UUID.self)),
                    date: date,
                    isOverdue: date < today, owner: try row.decode("owner"), councilId: nil))
        }
        for row in try await database.query(
            """
            SELECT c.certification_id, coalesce(u.name, '') AS unit_name, c.unit_id, c.valid_until
            FROM \(identifier: schema).certifications c LEFT JOIN \(identifier: schema).units u USING (unit_id)
            WHERE c.valid_until IS NOT NULL AND c.valid_until <= \(max(today.adding(days: horizonDays), thresholds.certificationListedUntil(today: today)).postgres)
              AND NOT EXISTS (SELECT 1 FROM \(identifier: schema).certifications r WHERE r.renews = c.certification_id)
              AND (\(unit)::uuid IS NULL OR c.unit_id = \(unit))
            """)
        {
            let date = try row.decode("valid_until", as: PostgresDate.self).calendarDate
            items.append(
                DueItem(
                    kind: .certificationExpiring,
                    reference: try row.decode("certification_id", as: UUID.self).lowercased,
                    title: "Certifieringen av \(try row.decode("unit_name", as: String.self)) gäller till \(date)",
                    unitId: UnitID(try row.decode("unit_id", as: UUID.self)), date: date, isOverdue: date < today,
                    owner: nil, councilId: nil))
        }
        // Which items were already reminded whom: the last reminder of the policies that cover the item.
        let reminded = try await lastReminders()
        for index in items.indices {
            let item = items[index]
            let policies: [PolicyName] =
                switch item.kind {
                case .issueDue: [.dueSoon, .overdue]
                case .feedbackOwed: [.feedbackOwed]
                case .actionItemDue: [.actionItemDue]
                case .certificationExpiring: [.certificationExpiry]
                case .noDecision: [.noDecision]
                case .noOwner: [.noOwner]
                }
            let last = policies.compactMap { reminded[item.reference]?[$0] }.max { $0.sentOn < $1.sentOn }
            items[index].lastReminder = last.map { "\($0.sentOn): \($0.text)" }
        }
        return items.sorted { ($0.date, $0.kind.rawValue, $0.reference) < ($1.date, $1.kind.rawValue, $1.reference) }
    }
}

extension UUID {
    var lowercased: String { uuidString.lowercased() }
}
