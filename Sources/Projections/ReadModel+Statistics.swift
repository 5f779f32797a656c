import Domain
import Foundation
import Postgres
import ReadModelTypes

extension ReadModel {
    /// Figures for a unit (or all units) over a period: issues registered, decided and implemented in
    /// it, the median days from registration to decision, and the share of decided issues whose
    /// councils got feedback within 30 days, and of the issues from a council's proposal or a revision's
    /// finding followed up in it, how many without a brukarkvittens and the share with one — in total,
    /// per quality area and per participation level.
    package func statistics(unitId: UnitID? = nil, from: CalendarDate, to: CalendarDate) async throws -> Statistics {
        func figures(groupedBy column: String?) async throws -> [(key: String?, figures: Statistics.Figures)] {
            let key = column.map { "s.\($0)::text" } ?? "NULL::text"
            let unit = unitId?.uuid
            return try await database.query(
                """
                SELECT \(unescaped: key) AS key,
                  count(*) FILTER (WHERE s.registered_on BETWEEN \(from.postgres) AND \(to.postgres)) AS registered,
                  count(*) FILTER (WHERE s.first_decided_on BETWEEN \(from.postgres) AND \(to.postgres)) AS decided,
                  count(*) FILTER (WHERE s.implemented_on BETWEEN \(from.postgres) AND \(to.postgres)) AS implemented,
                  percentile_cont(0.5) WITHIN GROUP (ORDER BY (s.first_decided_on - s.registered_on))
                    FILTER (WHERE s.first_decided_on BETWEEN \(from.postgres) AND \(to.postgres)) AS median_days,
                  (count(*) FILTER (WHERE s.first_decided_on BETWEEN \(from.postgres) AND \(to.postgres)
                      AND cardinality(s.councils) > 0
                      AND s.first_feedback_on <= s.first_decided_on + \(FeedbackPromptness.days)::integer))::float8
                    / nullif(count(*) FILTER (WHERE s.first_decided_on BETWEEN \(from.postgres) AND \(to.postgres)
                      AND cardinality(s.councils) > 0), 0) AS feedback_share,
                  count(*) FILTER (WHERE s.status = 'verified' AND s.verified_on BETWEEN \(from.postgres) AND \(to.postgres)
                      AND s.source_kinds && ARRAY['proposal', 'finding']) AS followed_up,
                  count(*) FILTER (WHERE s.status = 'verified' AND s.verified_on BETWEEN \(from.postgres) AND \(to.postgres)
                      AND s.source_kinds && ARRAY['proposal', 'finding']
                      AND s.verified_without_kvittens IS NOT NULL) AS without_kvittens,
                  (count(*) FILTER (WHERE s.status = 'verified' AND s.verified_on BETWEEN \(from.postgres) AND \(to.postgres)
                      AND s.source_kinds && ARRAY['proposal', 'finding'] AND s.verified_without_kvittens IS NULL
                      AND s.kvittens @> '[{"verdict": "holds"}]'::jsonb))::float8
                    / nullif(count(*) FILTER (WHERE s.status = 'verified'
                      AND s.verified_on BETWEEN \(from.postgres) AND \(to.postgres)
                      AND s.source_kinds && ARRAY['proposal', 'finding']), 0) AS kvittens_share
                FROM \(identifier: schema).issue_status s
                WHERE s.status IN \(unescaped: Self.statuses(where: \.countsInStatistics))
                  AND (\(unit)::uuid IS NULL OR s.unit_id = \(unit))
                GROUP BY 1 ORDER BY 1
                """
            ).map { row in
                (
                    try row.decode("key", as: String?.self),
                    Statistics.Figures(
                        registered: try row.decode("registered"), decided: try row.decode("decided"),
                        implemented: try row.decode("implemented"), medianDaysToDecision: try row.decode("median_days"),
                        feedbackWithin30DaysShare: try row.decode("feedback_share"),
                        followedUp: try row.decode("followed_up"),
                        followedUpWithoutKvittens: try row.decode("without_kvittens"),
                        kvittensShare: try row.decode("kvittens_share"))
                )
            }
        }
        let empty = Statistics.Figures(
            registered: 0, decided: 0, implemented: 0, medianDaysToDecision: nil, feedbackWithin30DaysShare: nil)
        let total = try await figures(groupedBy: nil).first?.figures ?? empty
        let areas = try await figures(groupedBy: "quality_area").map { group in
            Statistics.Group(
                key: group.key ?? "none",
                label: group.key.flatMap(QualityArea.init(rawValue:))?.label ?? "Inget kvalitetsområde",
                figures: group.figures)
        }
        let levels = try await figures(groupedBy: "participation_level").map { group in
            Statistics.Group(
                key: group.key ?? "none",
                label: group.key.flatMap(Int.init).flatMap(ParticipationLevel.init(rawValue:))?.label
                    ?? "Ingen nivå satt",
                figures: group.figures)
        }
        return Statistics(
            unitId: unitId, from: from, to: to, total: total, byQualityArea: areas, byParticipationLevel: levels)
    }

    /// Every unit's latest certification cycle (or all cycles of one unit), with its action plan's progress.
    package func certifications(unitId: UnitID? = nil) async throws -> [CertificationStatus] {
        let today = self.today
        let unit = unitId?.uuid
        return try await database.query(
            """
            SELECT c.certification_id, c.unit_id, coalesce(u.name, '') AS unit_name, c.started_on, c.adopted_on,
                   c.certified_on, c.valid_until,
                   (SELECT count(*) FROM \(identifier: schema).certification_areas a WHERE a.certification_id = c.certification_id) AS areas,
                   count(ai.action_item_id) FILTER (WHERE coalesce(s.status NOT IN \(unescaped: Self.actionItemClosedStatuses), true)) AS open_items,
                   count(ai.action_item_id) FILTER (WHERE s.status IN \(unescaped: Self.statuses(where: \.isCarriedOut))) AS done_items
            FROM \(identifier: schema).certifications c
            LEFT JOIN \(identifier: schema).units u ON u.unit_id = c.unit_id
            LEFT JOIN \(identifier: schema).action_items ai ON ai.certification_id = c.certification_id
            LEFT JOIN \(identifier: schema).issue_sources src ON src.source_id = ai.action_item_id
            LEFT JOIN \(identifier: schema).issue_status s ON s.issue_id = src.issue_id
            WHERE (\(unit)::uuid IS NULL OR c.unit_id = \(unit))
              AND (\(unit)::uuid IS NOT NULL OR NOT EXISTS (
                    SELECT 1 FROM \(identifier: schema).certifications r WHERE r.renews = c.certification_id))
            GROUP BY c.certification_id, u.name
            ORDER BY unit_name, c.started_on
            """
        ).map { row in
            let validUntil = try row.decode("valid_until", as: PostgresDate?.self)?.calendarDate
            let adopted = try row.decode("adopted_on", as: PostgresDate?.self)?.calendarDate
            let certified = try row.decode("certified_on", as: PostgresDate?.self)?.calendarDate
            let stage = CertificationStanding(
                adoptedOn: adopted, certifiedOn: certified, validUntil: validUntil, on: today)
            return CertificationStatus(
                certificationId: CertificationID(try row.decode("certification_id", as: UUID.self)),
                unitId: UnitID(try row.decode("unit_id", as: UUID.self)), unitName: try row.decode("unit_name"),
                stage: stage.label,
                startedOn: try row.decode("started_on", as: PostgresDate.self).calendarDate, adoptedOn: adopted,
                certifiedOn: certified, validUntil: validUntil,
                daysUntilExpiry: validUntil.map { today.days(until: $0) },
                areasAssessed: try row.decode("areas"), actionItemsOpen: try row.decode("open_items"),
                actionItemsDone: try row.decode("done_items"))
        }
    }
}
