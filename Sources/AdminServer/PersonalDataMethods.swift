import AdminProtocol
import Domain
import EventStore
import Foundation
import Logging
import PersonalData
import ReadModelTypes
import Scheduler
import Varlink

/// Erasure of free text, `Redact`, and the retention rule that erases by age, `PreviewRetention` and
/// `ApplyRetention`: admin only, each erasure through ``Eraser`` (the one write path).
struct PersonalDataMethods: Sendable {
    let context: AdminContext

    func register(on interface: inout VarlinkInterface) {
        interface.add(.redact, RedactParameters.self, requiring: .admin, context: context) { p, caller in
            guard let subject = ErasureSubject(rawValue: p.kind) else { throw VarlinkError.invalidParameter("kind") }
            let id = try await context.identifiers.resolveUUID(p.id, as: subject.catalogKind, parameter: "id")
            return try await redact(subject, id, field: p.field, reason: p.reason, commandId: p.commandId, caller)
        }
        RetentionMethods(context: context, methods: self).register(on: &interface)
    }

    /// Erases one field and waits until the read models show it.
    func redact(
        _ subject: ErasureSubject, _ id: UUID, field: String, reason: String, commandId: UUID?, _ caller: AdminCaller
    ) async throws -> RedactReply {
        let outcome = try await eraser.redact(
            subject, id: id, field: field, reason: reason,
            metadata: EventMetadata(actor: caller.userName, commandID: commandId, client: "tredjekraft admin socket"))
        if !outcome.alreadyErased {
            // Outside the database too (journald), so erasures made after a backup can be made again
            // after restoring it: what, never the text.
            context.logger.notice(
                "erased field \(field) of \(subject.rawValue) \(id.uuidString.lowercased()) by \(caller.userName): \(outcome.rewrittenEvents) events, \(outcome.printedLetters) printed letters"
            )
        }
        let lag = await context.readModelLag(upTo: outcome.position)
        return RedactReply(
            kind: subject.rawValue, id: id.uuidString.lowercased(), field: field,
            rewrittenEvents: outcome.rewrittenEvents, printedLetters: outcome.printedLetters,
            alreadyErased: outcome.alreadyErased, marker: outcome.marker, position: outcome.position?.description,
            lag: lag)
    }

    private var eraser: Eraser {
        Eraser(
            store: context.store, handler: context.handler, clock: context.clock,
            lettersDirectory: context.scheduler.digestRun.stateDirectory.appendingPathComponent(
                "letters", isDirectory: true))
    }
}

extension ErasureSubject {
    /// The read model's kind, for ids people type as prefixes.
    var catalogKind: CatalogKind {
        switch self {
        case .proposal: .proposal
        case .issue: .issue
        case .finding: .finding
        case .actionItem: .actionItem
        case .meeting: .meeting
        }
    }
}
