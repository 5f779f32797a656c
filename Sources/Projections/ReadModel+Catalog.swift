import Domain
import Foundation
import Postgres
import ReadModelTypes

extension ReadModel {
    // MARK: Catalog lists

    /// Every unit, by name, with its councils and open issues counted.
    package func units() async throws -> [UnitSummary] {
        try await database.query(
            PostgresQuery(
                unsafeSQL: """
                    SELECT u.unit_id, u.name,
                           (SELECT count(*) FROM \(s).councils c WHERE c.unit_id = u.unit_id) AS councils,
                           (SELECT count(*) FROM \(s).issue_status s
                            WHERE s.unit_id = u.unit_id AND (\(Self.openCondition))) AS open_issues
                    FROM \(s).units u ORDER BY u.name, u.unit_id
                    """)
        ).map { row in
            UnitSummary(
                id: UnitID(try row.decode("unit_id", as: UUID.self)), name: try row.decode("name"),
                councils: try row.decode("councils"), openIssues: try row.decode("open_issues"))
        }
    }

    /// Councils (of one unit, or all) with their meetings, oldest first.
    package func councils(unitId: UnitID? = nil) async throws -> [CouncilSummary] {
        let unit = unitId?.uuid
        let councils = try await database.query(
            """
            SELECT c.council_id, c.unit_id, coalesce(u.name, '') AS unit_name, c.name, c.form,
                   (SELECT count(*) FROM \(identifier: schema).proposals p WHERE p.council_id = c.council_id) AS proposals
            FROM \(identifier: schema).councils c LEFT JOIN \(identifier: schema).units u USING (unit_id)
            WHERE (\(unit)::uuid IS NULL OR c.unit_id = \(unit))
            ORDER BY unit_name, c.name, c.council_id
            """)
        let meetings = try await database.query(
            """
            SELECT m.meeting_id, m.council_id, m.held_on, m.participant_count
            FROM \(identifier: schema).council_meetings m JOIN \(identifier: schema).councils c USING (council_id)
            WHERE (\(unit)::uuid IS NULL OR c.unit_id = \(unit))
            ORDER BY m.held_on, m.meeting_id
            """)
        var meetingsByCouncil: [UUID: [MeetingSummary]] = [:]
        for row in meetings {
            meetingsByCouncil[try row.decode("council_id", as: UUID.self), default: []].append(
                MeetingSummary(
                    id: MeetingID(try row.decode("meeting_id", as: UUID.self)),
                    heldOn: try row.decode("held_on", as: PostgresDate.self).calendarDate,
                    participantCount: try row.decode("participant_count")))
        }
        return try councils.map { row in
            let id = try row.decode("council_id", as: UUID.self)
            let form: String = try row.decode("form")
            return CouncilSummary(
                id: CouncilID(id), unitId: UnitID(try row.decode("unit_id", as: UUID.self)),
                unitName: try row.decode("unit_name"), name: try row.decode("name"),
                form: CouncilForm(rawValue: form) ?? .userCouncil, meetings: meetingsByCouncil[id] ?? [],
                proposals: try row.decode("proposals"))
        }
    }

    /// Proposals of one council, of one unit's councils, or all; oldest first, each with the issue
    /// where its work goes on.
    package func proposals(councilId: CouncilID? = nil, unitId: UnitID? = nil) async throws -> [ProposalSummary] {
        let council = councilId?.uuid
        let unit = unitId?.uuid
        return try await database.query(
            """
            SELECT p.proposal_id, p.council_id, coalesce(c.name, '') AS council_name, p.meeting_id, p.text,
                   p.quality_area, p.pseudonym, p.put_forward_on, p.withdrawn_reason, src.issue_id, s.status
            FROM \(identifier: schema).proposals p
            LEFT JOIN \(identifier: schema).councils c USING (council_id)
            LEFT JOIN \(identifier: schema).issue_sources src ON src.source_id = p.proposal_id
            LEFT JOIN \(identifier: schema).issue_status s ON s.issue_id = src.issue_id
            WHERE (\(council)::uuid IS NULL OR p.council_id = \(council))
              AND (\(unit)::uuid IS NULL OR c.unit_id = \(unit))
            ORDER BY p.put_forward_on, council_name, p.proposal_id
            """
        ).map { row in
            ProposalSummary(
                id: ProposalID(try row.decode("proposal_id", as: UUID.self)),
                councilId: CouncilID(try row.decode("council_id", as: UUID.self)),
                councilName: try row.decode("council_name"),
                meetingId: try row.decode("meeting_id", as: UUID?.self).map(MeetingID.init),
                text: try row.decode("text"),
                qualityArea: try row.decode("quality_area", as: String?.self).flatMap(QualityArea.init(rawValue:)),
                pseudonym: try row.decode("pseudonym"),
                putForwardOn: try row.decode("put_forward_on", as: PostgresDate.self).calendarDate,
                withdrawnReason: try row.decode("withdrawn_reason"),
                issueId: try row.decode("issue_id", as: UUID?.self).map(IssueID.init),
                issueStatus: try row.decode("status", as: String?.self).flatMap(IssueStatus.init(rawValue:)))
        }
    }

    /// Revisions (of one unit, or all) with their findings, newest period first.
    package func revisions(unitId: UnitID? = nil) async throws -> [RevisionSummary] {
        let unit = unitId?.uuid
        let revisions = try await database.query(
            """
            SELECT r.revision_id, r.unit_id, coalesce(u.name, '') AS unit_name, r.period_start, r.period_end,
                   r.auditor_count, r.published_on, r.title
            FROM \(identifier: schema).revisions r LEFT JOIN \(identifier: schema).units u USING (unit_id)
            WHERE (\(unit)::uuid IS NULL OR r.unit_id = \(unit))
            ORDER BY r.period_start DESC, r.revision_id
            """)
        let findings = try await database.query(
            """
            SELECT f.finding_id, f.revision_id, f.text, f.quality_area, f.recommendation, src.issue_id, s.status
            FROM \(identifier: schema).findings f JOIN \(identifier: schema).revisions r USING (revision_id)
            LEFT JOIN \(identifier: schema).issue_sources src ON src.source_id = f.finding_id
            LEFT JOIN \(identifier: schema).issue_status s ON s.issue_id = src.issue_id
            WHERE (\(unit)::uuid IS NULL OR r.unit_id = \(unit))
            ORDER BY f.quality_area, f.finding_id
            """)
        var findingsByRevision: [UUID: [FindingSummary]] = [:]
        for row in findings {
            findingsByRevision[try row.decode("revision_id", as: UUID.self), default: []].append(
                FindingSummary(
                    id: FindingID(try row.decode("finding_id", as: UUID.self)), text: try row.decode("text"),
                    qualityArea: QualityArea(rawValue: try row.decode("quality_area")) ?? .treatment,
                    recommendation: try row.decode("recommendation"),
                    issueId: try row.decode("issue_id", as: UUID?.self).map(IssueID.init),
                    issueStatus: try row.decode("status", as: String?.self).flatMap(IssueStatus.init(rawValue:))))
        }
        return try revisions.map { row in
            let id = try row.decode("revision_id", as: UUID.self)
            return RevisionSummary(
                id: RevisionID(id), unitId: UnitID(try row.decode("unit_id", as: UUID.self)),
                unitName: try row.decode("unit_name"),
                periodStart: try row.decode("period_start", as: PostgresDate.self).calendarDate,
                periodEnd: try row.decode("period_end", as: PostgresDate.self).calendarDate,
                auditorCount: try row.decode("auditor_count"),
                publishedOn: try row.decode("published_on", as: PostgresDate?.self)?.calendarDate,
                title: try row.decode("title"), findings: findingsByRevision[id] ?? [])
        }
    }

    /// One certification cycle in full: standing, area assessments and the action plan.
    package func certification(_ id: CertificationID) async throws -> CertificationDetail {
        let rows = try await database.query(
            """
            SELECT unit_id, renews, adopted_by FROM \(identifier: schema).certifications
            WHERE certification_id = \(id.uuid)
            """)
        guard let row = rows.first else {
            throw NotFound(.certification, id.description)
        }
        let unitId = UnitID(try row.decode("unit_id", as: UUID.self))
        guard let status = try await certifications(unitId: unitId).first(where: { $0.certificationId == id }) else {
            throw NotFound(.certification, id.description)
        }
        let areas = try await database.query(
            """
            SELECT area, fulfilled, note FROM \(identifier: schema).certification_areas
            WHERE certification_id = \(id.uuid)
            """
        ).map { row in
            AreaAssessment(
                area: QualityArea(rawValue: try row.decode("area")) ?? .treatment,
                fulfilled: try row.decode("fulfilled"),
                note: try row.decode("note"))
        }.sorted { $0.area < $1.area }
        let today = self.today
        let items = try await database.query(
            """
            SELECT a.action_item_id, a.area, a.action, a.owner, a.due_date, a.followed_up_by, src.issue_id, s.status
            FROM \(identifier: schema).action_items a
            LEFT JOIN \(identifier: schema).issue_sources src ON src.source_id = a.action_item_id
            LEFT JOIN \(identifier: schema).issue_status s ON s.issue_id = src.issue_id
            WHERE a.certification_id = \(id.uuid)
            ORDER BY a.due_date, a.action_item_id
            """
        ).map { row in
            let due = try row.decode("due_date", as: PostgresDate.self).calendarDate
            let status = try row.decode("status", as: String?.self).flatMap(IssueStatus.init(rawValue:))
            let done = status.map { [.implemented, .verified, .withdrawn].contains($0) } ?? false
            return ActionItemSummary(
                id: ActionItemID(try row.decode("action_item_id", as: UUID.self)),
                area: QualityArea(rawValue: try row.decode("area")) ?? .treatment, action: try row.decode("action"),
                owner: try row.decode("owner"), dueDate: due, followedUpBy: try row.decode("followed_up_by"),
                isOverdue: !done && due < today, issueId: try row.decode("issue_id", as: UUID?.self).map(IssueID.init),
                issueStatus: status)
        }
        return CertificationDetail(
            certification: status, renews: try row.decode("renews", as: UUID?.self).map(CertificationID.init),
            adoptedBy: try row.decode("adopted_by"), areas: areas, actionItems: items)
    }

    // MARK: Identifiers

    /// Ids of `kind` that start with `prefix` (lowercase hex and dashes), at most `limit`: how the
    /// admin socket turns the short ids people type into whole ones.
    package func identifiers(of kind: CatalogKind, startingWith prefix: String, limit: Int = 2) async throws -> [UUID] {
        let (table, column) = kind.table
        let hex = prefix.filter { $0 != "-" }
        // A range on the uuid itself uses the primary key's index; its text form would not.
        guard hex.count <= 32,
            let from = UUID(uuidString: Self.uuidShape(hex.padding(toLength: 32, withPad: "0", startingAt: 0))),
            let to = UUID(uuidString: Self.uuidShape(hex.padding(toLength: 32, withPad: "f", startingAt: 0)))
        else {
            return []
        }
        return try await database.query(
            """
            SELECT \(identifier: column) AS id FROM \(identifier: schema).\(identifier: table)
            WHERE \(identifier: column) BETWEEN \(from) AND \(to) ORDER BY 1 LIMIT \(limit)
            """
        ).map { try $0.decode("id", as: UUID.self) }
    }

    /// Puts the dashes of a UUID into 32 hex digits.
    private static func uuidShape(_ hex: String) -> String {
        let parts = [8, 4, 4, 4, 12].reduce(into: (parts: [String](), rest: Substring(hex))) { state, length in
            state.parts.append(String(state.rest.prefix(length)))
            state.rest = state.rest.dropFirst(length)
        }.parts
        return parts.joined(separator: "-")
    }

    /// Where a source belongs: its council, revision or certification, and that one's unit.
    package func origin(of kind: IssueSourceKind, _ id: UUID) async throws -> (parent: UUID, unit: UUID)? {
        let query: PostgresQuery =
            switch kind {
            case .proposal:
                """
                SELECT p.council_id AS parent, c.unit_id FROM \(identifier: schema).proposals p
                JOIN \(identifier: schema).councils c USING (council_id) WHERE p.proposal_id = \(id)
                """
            case .finding:
                """
                SELECT f.revision_id AS parent, r.unit_id FROM \(identifier: schema).findings f
                JOIN \(identifier: schema).revisions r USING (revision_id) WHERE f.finding_id = \(id)
                """
            case .actionItem:
                """
                SELECT a.certification_id AS parent, c.unit_id FROM \(identifier: schema).action_items a
                JOIN \(identifier: schema).certifications c USING (certification_id) WHERE a.action_item_id = \(id)
                """
            }
        guard let row = try await database.query(query).first else { return nil }
        return (try row.decode("parent", as: UUID.self), try row.decode("unit_id", as: UUID.self))
    }
}

extension CatalogKind {
    /// The table and id column that list things of this kind.
    var table: (table: String, column: String) {
        switch self {
        case .unit: ("units", "unit_id")
        case .council: ("councils", "council_id")
        case .meeting: ("council_meetings", "meeting_id")
        case .proposal: ("proposals", "proposal_id")
        case .revision: ("revisions", "revision_id")
        case .finding: ("findings", "finding_id")
        case .certification: ("certifications", "certification_id")
        case .actionItem: ("action_items", "action_item_id")
        case .issue: ("issue_status", "issue_id")
        }
    }
}
