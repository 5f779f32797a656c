import Domain
import Foundation
import Postgres
import ReadModelTypes

/// Full-text search over the read models' texts with PostgreSQL's `swedish` configuration.
///
/// Each word of the question is stemmed and matched as a prefix (`kvällar` → `kväll:*`), so a
/// compound that starts with it is found too (`kvällsöppet`); the `swedish` configuration stems
/// inflections (`kvällar`, `kvällen` → `kväll`) but does not split compounds. The indexes are
/// expression GIN indexes in the issues and catalog projections (``SearchIndexes``). Erased text is
/// never found: the read models hold only the marker in its place.
extension ReadModel {
    /// The most words a question may have.
    package static let searchWordLimit = 8

    /// The words of a question as a `tsquery` text: letters and digits only, each a prefix, all
    /// required; `nil` when the question has no word.
    package static func searchQuery(_ text: String) -> String? {
        let words = text.lowercased()
            .split { !($0.isLetter || $0.isNumber) }
            .prefix(searchWordLimit)
            .map { "\($0):*" }
        return words.isEmpty ? nil : words.joined(separator: " & ")
    }

    /// The texts matching `text`, best first: issue titles, proposals, decision motivations,
    /// implementation summaries, findings and action items; only those of `units` when given.
    package func search(_ text: String, units: Set<UnitID>? = nil, limit: Int = 50) async throws -> [SearchHit] {
        guard let tsquery = Self.searchQuery(text) else { return [] }
        let v = SearchIndexes.vector
        var query = SQLBuilder(
            """
            WITH q AS (SELECT to_tsquery('swedish'::regconfig, 
            """)
        query.append("", tsquery)
        query.append(
            """
            ) AS query),
            hits AS (
              SELECT 'issue_title' AS kind, s.issue_id AS id, s.issue_id, s.unit_id, s.title AS text
              FROM \(s).issue_status s, q WHERE \(v("s.title")) @@ q.query
              UNION ALL
              SELECT 'motivation', s.issue_id, s.issue_id, s.unit_id, s.motivation
              FROM \(s).issue_status s, q WHERE \(v("s.motivation")) @@ q.query
              UNION ALL
              SELECT 'implementation_summary', s.issue_id, s.issue_id, s.unit_id, s.implementation_summary
              FROM \(s).issue_status s, q WHERE \(v("s.implementation_summary")) @@ q.query
              UNION ALL
              SELECT 'proposal', p.proposal_id, src.issue_id, c.unit_id, p.text
              FROM \(s).proposals p JOIN \(s).councils c ON c.council_id = p.council_id
              LEFT JOIN \(s).issue_sources src ON src.source_id = p.proposal_id, q
              WHERE \(v("p.text")) @@ q.query
              UNION ALL
              SELECT 'finding', f.finding_id, src.issue_id, r.unit_id, f.text
              FROM \(s).findings f JOIN \(s).revisions r ON r.revision_id = f.revision_id
              LEFT JOIN \(s).issue_sources src ON src.source_id = f.finding_id, q
              WHERE \(v("f.text")) @@ q.query
              UNION ALL
              SELECT 'action_item', a.action_item_id, src.issue_id, c.unit_id, a.action
              FROM \(s).action_items a JOIN \(s).certifications c ON c.certification_id = a.certification_id
              LEFT JOIN \(s).issue_sources src ON src.source_id = a.action_item_id, q
              WHERE \(v("a.action")) @@ q.query
            )
            SELECT h.kind, h.id, h.issue_id, h.unit_id, coalesce(u.name, '') AS unit_name,
                   ts_rank(\(v("h.text")), q.query)::float8 AS rank,
                   ts_headline('swedish'::regconfig, h.text, q.query,
                     'StartSel=\(SearchHit.startMark), StopSel=\(SearchHit.stopMark), MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS headline
            FROM hits h LEFT JOIN \(s).units u ON u.unit_id = h.unit_id, q
            WHERE true
            """)
        if let units { query.append(" AND h.unit_id = ANY(", units.map(\.uuid)) }
        if units != nil { query.append(")") }
        query.append(" ORDER BY rank DESC, h.kind, h.id LIMIT ", limit)
        return try await database.query(query.query).map { row in
            SearchHit(
                kind: SearchHitKind(rawValue: try row.decode("kind")) ?? .issueTitle,
                id: try row.decode("id", as: UUID.self),
                issueId: try row.decode("issue_id", as: UUID?.self).map(IssueID.init),
                unitId: UnitID(try row.decode("unit_id", as: UUID.self)), unitName: try row.decode("unit_name"),
                headline: try row.decode("headline"), rank: try row.decode("rank"))
        }
    }
}

/// The GIN indexes search uses: one per text column, over the same expression the query matches.
package enum SearchIndexes {
    /// The text search vector of `column`, written the same in the index and the query.
    static func vector(_ column: String) -> String {
        "to_tsvector('swedish'::regconfig, coalesce(\(column), ''))"
    }

    /// `CREATE INDEX` statements for `table`'s `columns` (with `{schema}` for the schema).
    static func create(_ table: String, _ columns: [String]) -> String {
        columns.map { "CREATE INDEX ON {schema}.\(table) USING gin ((\(vector($0))));\n" }.joined()
    }
}
