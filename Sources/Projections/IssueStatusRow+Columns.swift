import Domain
import Foundation
import Postgres

extension IssueStatusRow {
    /// The upsert of `rows` (each issue once) into `issue_status` as one statement of typed arrays, one
    /// per column; the column names are the ``CodingKeys``' raw values, as in the table.
    static func upsert(_ rows: [IssueStatusRow], schema: String) throws -> PostgresQuery {
        let encoder = JSONEncoder.projection
        /// Most of these lists are empty; `[]` needs no encoder.
        func json<Value: Encodable>(_ values: [Value]) throws -> PostgresJSONB {
            values.isEmpty ? Self.emptyJSONArray : PostgresJSONB(data: try encoder.encode(values))
        }
        typealias K = CodingKeys
        var c = UnnestColumns()
        c.add(K.issueId.rawValue, "uuid", rows.map(\.issueId.uuid))
        c.add(K.unitId.rawValue, "uuid", rows.map(\.unitId.uuid))
        c.add(K.title.rawValue, "text", rows.map(\.title))
        c.add(K.status.rawValue, "text", rows.map(\.status))
        c.add(K.outcome.rawValue, "text", rows.map(\.outcome))
        c.add(K.motivation.rawValue, "text", rows.map(\.motivation))
        c.add(K.decidedBy.rawValue, "text", rows.map(\.decidedBy))
        c.add(K.decidedOn.rawValue, "date", rows.map { $0.decidedOn?.postgres })
        c.add(K.owner.rawValue, "text", rows.map(\.owner))
        c.add(K.dueDate.rawValue, "date", rows.map { $0.dueDate?.postgres })
        c.add(K.registeredOn.rawValue, "date", rows.map(\.registeredOn.postgres))
        c.add(K.qualityArea.rawValue, "text", rows.map(\.qualityArea))
        c.add(K.participationLevel.rawValue, "int8", rows.map(\.participationLevel))
        c.add(K.participationReason.rawValue, "text", rows.map(\.participationReason))
        c.addArrays(K.sourceKinds.rawValue, "text", rows.map(\.sourceKinds))
        c.add(K.sources.rawValue, "jsonb", try rows.map { try json($0.sources) })
        c.addArrays(K.councils.rawValue, "uuid", rows.map { $0.councils.map(\.description) })
        c.add(K.feedbackOwed.rawValue, "jsonb", try rows.map { try json($0.feedbackOwed) })
        c.add(K.feedbackOwedCount.rawValue, "int8", rows.map(\.feedbackOwedCount))
        c.add(K.feedbackOwedSince.rawValue, "date", rows.map { $0.feedbackOwedSince?.postgres })
        c.add(K.mergedInto.rawValue, "uuid", rows.map { $0.mergedInto?.uuid })
        c.add(K.firstDecidedOn.rawValue, "date", rows.map { $0.firstDecidedOn?.postgres })
        c.add(K.implementedOn.rawValue, "date", rows.map { $0.implementedOn?.postgres })
        c.add(K.firstFeedbackOn.rawValue, "date", rows.map { $0.firstFeedbackOn?.postgres })
        c.add(K.carriedOutOn.rawValue, "date", rows.map { $0.carriedOutOn?.postgres })
        c.add(K.implementationSummary.rawValue, "text", rows.map(\.implementationSummary))
        c.add(K.verifiedOn.rawValue, "date", rows.map { $0.verifiedOn?.postgres })
        c.add(K.verificationNote.rawValue, "text", rows.map(\.verificationNote))
        c.add(K.withdrawnOn.rawValue, "date", rows.map { $0.withdrawnOn?.postgres })
        c.add(K.withdrawnReason.rawValue, "text", rows.map(\.withdrawnReason))
        c.add(K.kvittensAskedSince.rawValue, "date", rows.map { $0.kvittensAskedSince?.postgres })
        c.add(K.kvittensAwaited.rawValue, "jsonb", try rows.map { try json($0.kvittensAwaited) })
        c.addArrays(
            K.kvittensAwaitedCouncils.rawValue, "uuid", rows.map { $0.kvittensAwaitedCouncils.map(\.description) })
        c.add(K.kvittens.rawValue, "jsonb", try rows.map { try json($0.kvittens) })
        c.add(K.verifiedWithoutKvittens.rawValue, "text", rows.map(\.verifiedWithoutKvittens))
        c.add(K.corrections.rawValue, "jsonb", try rows.map { try json($0.corrections) })
        c.add(K.lastEventAt.rawValue, "timestamptz", rows.map(\.lastEventAt))
        c.add(K.lastEventOn.rawValue, "date", rows.map(\.lastEventOn.postgres))
        c.add(K.streamVersion.rawValue, "int8", rows.map(\.streamVersion))
        // Every column is written: one left out here would silently keep its old value.
        guard c.names == columns else { throw UnwrittenColumns(missing: Set(columns).subtracting(c.names).sorted()) }
        let assignments = columns.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        return c.insert(
            into: "issue_status", schema: schema, suffix: "ON CONFLICT (issue_id) DO UPDATE SET \(assignments)")
    }

    private static let emptyJSONArray = PostgresJSONB(data: Data("[]".utf8))

    /// A column of `issue_status` that ``upsert(_:schema:)`` does not write (a programming error the tests catch).
    struct UnwrittenColumns: Error, CustomStringConvertible {
        var missing: [String]
        var description: String { "issue_status columns not written by the upsert: \(missing)" }
    }
}
