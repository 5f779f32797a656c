import Domain
import Foundation
import Postgres
import ReadModelTypes
import Wording

/// The rows of the open-data export (``OpenDataSchema``), from the read models: no contact data, no
/// pseudonyms, and erased texts as their marker, as the read models hold them.
extension ReadModel {
    /// One value of an export row: text as written, dates ÅÅÅÅ-MM-DD, numbers with a decimal point.
    package typealias ExportRow = [String?]

    /// What an export covers: one unit or the units a caller may read (`nil` for all), and things
    /// from `from` on.
    package struct ExportScope: Sendable {
        package var units: Set<UnitID>?
        package var from: CalendarDate?
        package var withTexts: Bool

        package init(units: Set<UnitID>?, from: CalendarDate?, withTexts: Bool) {
            self.units = units
            self.from = from
            self.withTexts = withTexts
        }
    }

    /// The rows of `file`, in the order of its columns (``OpenDataSchema/File/columns(withTexts:)``).
    package func exportRows(_ file: OpenDataSchema.File, scope: ExportScope) async throws -> [ExportRow] {
        let named: [[String: String]]
        switch file.name {
        case OpenDataSchema.issues.name: named = try await exportIssues(scope)
        case OpenDataSchema.proposals.name: named = try await exportProposals(scope)
        case OpenDataSchema.decisions.name: named = try await exportDecisions(scope)
        case OpenDataSchema.areaStatistics.name: named = try await exportStatistics(scope, byArea: true)
        case OpenDataSchema.levelStatistics.name: named = try await exportStatistics(scope, byArea: false)
        default: named = []
        }
        let columns = file.columns(withTexts: scope.withTexts).map(\.name)
        return named.map { row in columns.map { row[$0] } }
    }

    private func unitCondition(_ query: inout SQLBuilder, _ column: String, _ scope: ExportScope) {
        guard let units = scope.units else { return }
        query.append(" AND \(column) = ANY(", units.map(\.uuid))
        query.append(")")
    }

    private func exportIssues(_ scope: ExportScope) async throws -> [[String: String]] {
        var query = SQLBuilder(
            """
            SELECT s.issue_id, s.unit_id, coalesce(u.name, '') AS unit_name, s.title, s.status, s.registered_on,
                   s.quality_area, s.participation_level, s.source_kinds, s.owner, s.due_date, s.outcome,
                   s.first_decided_on, s.implemented_on, s.implementation_summary, s.verified_on, s.merged_into
            FROM \(s).issue_status s LEFT JOIN \(s).units u ON u.unit_id = s.unit_id WHERE true
            """)
        unitCondition(&query, "s.unit_id", scope)
        if let from = scope.from { query.append(" AND s.registered_on >= ", from.postgres) }
        query.append(" ORDER BY s.registered_on, s.issue_id")
        return try await database.query(query.query).map { row in
            let status = try row.decode("status", as: String.self)
            let kinds = try row.decode("source_kinds", as: [String].self)
            var values: [String: String] = [
                "arende_id": try row.decode("issue_id", as: UUID.self).uuidString.lowercased(),
                "verksamhet_id": try row.decode("unit_id", as: UUID.self).uuidString.lowercased(),
                "verksamhet": try row.decode("unit_name"), "rubrik": try row.decode("title"), "status": status,
                "status_text": IssueStatus(rawValue: status)?.label ?? status,
                "registrerat": try row.decode("registered_on", as: PostgresDate.self).calendarDate.description,
                "kallor": kinds.map { IssueSourceKind(rawValue: $0)?.label.lowercased() ?? $0 }.joined(separator: ", "),
            ]
            values["kvalitetsomrade"] = try row.decode("quality_area", as: String?.self).map(Self.areaLabel)
            values["delaktighetsniva"] = try row.decode("participation_level", as: Int?.self).map(String.init)
            values["ansvarig"] = try row.decode("owner", as: String?.self)
            values["klart_senast"] = try Self.date(row, "due_date")
            values["beslut"] = try row.decode("outcome", as: String?.self).map(Self.outcomeLabel)
            values["beslutsdatum"] = try Self.date(row, "first_decided_on")
            values["genomfort"] = try Self.date(row, "implemented_on")
            values["vad_som_gjordes"] = try row.decode("implementation_summary", as: String?.self)
            values["uppfoljt"] = try Self.date(row, "verified_on")
            values["sammanslaget_med"] = try row.decode("merged_into", as: UUID?.self)?.uuidString.lowercased()
            return values
        }
    }

    private func exportProposals(_ scope: ExportScope) async throws -> [[String: String]] {
        var query = SQLBuilder(
            """
            SELECT p.proposal_id, c.unit_id, coalesce(u.name, '') AS unit_name, c.name AS council_name,
                   p.put_forward_on, p.quality_area, p.text, src.issue_id, s.status, p.withdrawn_at
            FROM \(s).proposals p JOIN \(s).councils c ON c.council_id = p.council_id
            LEFT JOIN \(s).units u ON u.unit_id = c.unit_id
            LEFT JOIN \(s).issue_sources src ON src.source_id = p.proposal_id
            LEFT JOIN \(s).issue_status s ON s.issue_id = src.issue_id
            WHERE true
            """)
        unitCondition(&query, "c.unit_id", scope)
        if let from = scope.from { query.append(" AND p.put_forward_on >= ", from.postgres) }
        query.append(" ORDER BY p.put_forward_on, p.proposal_id")
        return try await database.query(query.query).map { row in
            var values: [String: String] = [
                "forslag_id": try row.decode("proposal_id", as: UUID.self).uuidString.lowercased(),
                "verksamhet_id": try row.decode("unit_id", as: UUID.self).uuidString.lowercased(),
                "verksamhet": try row.decode("unit_name"), "brukarrad": try row.decode("council_name"),
                "framfort": try row.decode("put_forward_on", as: PostgresDate.self).calendarDate.description,
                "text": try row.decode("text"),
            ]
            values["kvalitetsomrade"] = try row.decode("quality_area", as: String?.self).map(Self.areaLabel)
            values["arende_id"] = try row.decode("issue_id", as: UUID?.self)?.uuidString.lowercased()
            values["arende_status"] = try row.decode("status", as: String?.self).map {
                IssueStatus(rawValue: $0)?.label ?? $0
            }
            values["aterkallat"] = try row.decode("withdrawn_at", as: Date?.self) == nil ? nil : "ja"
            return values
        }
    }

    private func exportDecisions(_ scope: ExportScope) async throws -> [[String: String]] {
        var query = SQLBuilder(
            """
            SELECT s.issue_id, s.unit_id, coalesce(u.name, '') AS unit_name, s.title, s.outcome, s.decided_by,
                   s.decided_on, s.motivation
            FROM \(s).issue_status s LEFT JOIN \(s).units u ON u.unit_id = s.unit_id
            WHERE s.outcome IS NOT NULL
            """)
        unitCondition(&query, "s.unit_id", scope)
        if let from = scope.from { query.append(" AND s.decided_on >= ", from.postgres) }
        query.append(" ORDER BY s.decided_on, s.issue_id")
        return try await database.query(query.query).map { row in
            var values: [String: String] = [
                "arende_id": try row.decode("issue_id", as: UUID.self).uuidString.lowercased(),
                "verksamhet_id": try row.decode("unit_id", as: UUID.self).uuidString.lowercased(),
                "verksamhet": try row.decode("unit_name"), "rubrik": try row.decode("title"),
                "beslut": Self.outcomeLabel(try row.decode("outcome")),
            ]
            values["beslutat_av"] = try row.decode("decided_by", as: String?.self)
            values["beslutsdatum"] = try Self.date(row, "decided_on")
            values["motivering"] = try row.decode("motivation", as: String?.self)
            return values
        }
    }

    /// The statistics of the period from `scope.from` (or the first issue) to today, for one unit or all.
    private func exportStatistics(_ scope: ExportScope, byArea: Bool) async throws -> [[String: String]] {
        let first = try await database.query(
            "SELECT min(registered_on) AS first FROM \(identifier: schema).issue_status"
        )
        .first?.decode("first", as: PostgresDate?.self)?.calendarDate
        let from = scope.from ?? first ?? today
        let units: [UnitID?] = scope.units.map { $0.sorted().map(Optional.some) } ?? [nil]
        var groups: [String: (label: String, figures: Statistics.Figures)] = [:]
        var order: [String] = []
        for unit in units {
            let statistics = try await statistics(unitId: unit, from: min(from, today), to: today)
            for group in byArea ? statistics.byQualityArea : statistics.byParticipationLevel {
                if let existing = groups[group.key] {
                    groups[group.key] = (existing.label, Self.sum(existing.figures, group.figures))
                } else {
                    groups[group.key] = (group.label, group.figures)
                    order.append(group.key)
                }
            }
        }
        return order.sorted().compactMap { key in
            guard let group = groups[key] else { return nil }
            var values: [String: String] = [
                byArea ? "kvalitetsomrade_kod" : "niva": key, byArea ? "kvalitetsomrade" : "niva_text": group.label,
                "registrerade": String(group.figures.registered), "beslutade": String(group.figures.decided),
                "genomforda": String(group.figures.implemented), "uppfoljda": String(group.figures.followedUp),
                "uppfoljda_utan_kvittens": String(group.figures.followedUpWithoutKvittens),
            ]
            values["median_dagar_till_beslut"] = group.figures.medianDaysToDecision.map(Self.decimal)
            values["andel_aterkoppling_inom_30_dagar"] = group.figures.feedbackWithin30DaysShare.map(Self.decimal)
            values["andel_med_kvittens"] = group.figures.kvittensShare.map(Self.decimal)
            return values
        }
    }

    /// Counts of several units added up; medians and shares of several units cannot be, so they are left
    /// out unless there is one unit.
    static func sum(_ a: Statistics.Figures, _ b: Statistics.Figures) -> Statistics.Figures {
        Statistics.Figures(
            registered: a.registered + b.registered, decided: a.decided + b.decided,
            implemented: a.implemented + b.implemented, medianDaysToDecision: nil, feedbackWithin30DaysShare: nil,
            followedUp: a.followedUp + b.followedUp,
            followedUpWithoutKvittens: a.followedUpWithoutKvittens + b.followedUpWithoutKvittens, kvittensShare: nil)
    }

    static func decimal(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        // A whole number without ".0"; `Int(exactly:)` is nil for fractions, infinities and NaN, never a trap.
        return Int(exactly: rounded).map(String.init) ?? String(rounded)
    }

    static func areaLabel(_ raw: String) -> String { QualityArea(rawValue: raw)?.label ?? raw }
    static func outcomeLabel(_ raw: String) -> String { DecisionOutcome(rawValue: raw)?.label ?? raw }

    static func date(_ row: PostgresRow, _ column: String) throws -> String? {
        try row.decode(column, as: PostgresDate?.self)?.calendarDate.description
    }
}
