import AdminProtocol
import Domain
import Projections
import ReadModelTypes
import Varlink
import Wording

/// `Export`: the open-data export (``OpenDataSchema``) streamed file by file in replies well inside a
/// frame, so it works through `tredjekraft bridge` over SSH as well; the CLI writes the files. Readers
/// may export; a caller who may read some units only gets only theirs.
struct ExportMethod: Sendable {
    let context: AdminContext

    /// A reply is sent once its rows hold about this many bytes.
    static let replyBytes = 24 * 1024

    func register(on interface: inout VarlinkInterface) {
        let health = context.health
        interface.addStreamingMethod(AdminMethod.export.rawValue, parameters: ExportParameters.self) {
            p, call, replies in
            try await context.counted(.export) {
                do {
                    let caller = try context.access.caller(of: call, requiring: .reader)
                    return try await export(p, caller: caller, replies: replies)
                } catch {
                    throw health.converting(error)
                }
            }
        }
    }

    private func export(_ p: ExportParameters, caller: AdminCaller, replies: VarlinkStreamingReplies) async throws
        -> ExportReply
    {
        var units = try await context.readableUnits(caller)
        let unit: UnitID? = try await context.identifiers.resolveOptional(p.unitId, as: .unit, parameter: "unitId")
        var unitName: String?
        if let unit {
            try await context.requireReadable(caller, unit: unit)
            units = [unit]
            unitName = try await context.readModel.units().first { $0.id == unit }?.name
        }
        if let from = p.from, from > context.today {
            throw AdminError.ruleViolation(
                reason: "--from \(from) ligger efter i dag (\(context.today)); då finns inget att exportera.",
                code: "invalid_period")
        }
        let scope = ReadModel.ExportScope(units: units, from: p.from, withTexts: p.withoutTexts != true)
        var counts: [String: Int] = [:]
        for file in OpenDataSchema.files {
            let rows = try await context.readModel.exportRows(file, scope: scope)
            counts[file.name] = rows.count
            var batch: [[String]] = []
            var bytes = 0
            var first = true
            func flush() async throws {
                try await replies.send(
                    ExportReply(
                        file: file.name, columns: first ? file.columns(withTexts: scope.withTexts).map(\.name) : nil,
                        rows: batch))
                first = false
                batch = []
                bytes = 0
            }
            for row in rows.map({ $0.map { $0 ?? "" } }) {
                let size = row.reduce(8) { $0 + $1.utf8.count * 2 + 3 }
                if !batch.isEmpty && bytes + size > Self.replyBytes { try await flush() }
                batch.append(row)
                bytes += size
            }
            if first || !batch.isEmpty { try await flush() }
        }
        return ExportReply(done: true, counts: counts, exportedOn: context.today, unitName: unitName)
    }
}
