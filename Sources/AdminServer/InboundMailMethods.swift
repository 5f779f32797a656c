import AdminProtocol
import Domain
import EventCodec
import EventStore
import Foundation
import Projections
import Varlink

/// Mail that comes in: `ReceiveMail` (role mailgate, or admin: what `mail receive` calls for the MTA
/// or fetchmail) and `ListReceivedMail` (what came in and what became of it).
struct InboundMailMethods: Sendable {
    let context: AdminContext

    func register(on interface: inout VarlinkInterface) {
        interface.add(.receiveMail, ReceiveMailParameters.self, requiring: .mailgate, context: context) { p, caller in
            // Only the gate's own role (or an administrator): a reader or coordinator has no business
            // posing as the mail system, and the gate may do nothing else.
            guard caller.role == .mailgate || caller.role == .admin else {
                throw AdminError.permissionDenied(
                    reason: "ReceiveMail kräver rollen mailgate (e-postinlämnare) eller admin; \(caller.userName) har "
                        + "rollen \(caller.role.rawValue). Lägg användaren som e-postsystemet kör som under "
                        + "roles.mailgate i /etc/tredjekraft/tredjekraft.yaml.")
            }
            guard let data = Data(base64Encoded: p.message) else { throw VarlinkError.invalidParameter("message") }
            let limit = ReceiveMailParameters.maximumMessageBytes
            if let total = p.totalBytes, total < 0 { throw VarlinkError.invalidParameter("totalBytes") }
            // A message over the limit is read no further than its head, whatever the caller claims.
            let tooLarge = p.totalBytes.map { $0 > limit } == true || data.count > limit
            let bytes = [UInt8](data.prefix(tooLarge ? ReceiveMailParameters.headBytes : limit))
            return try await InboundMailPipeline(context: context).receive(
                bytes, totalBytes: tooLarge ? max(p.totalBytes ?? 0, data.count) : nil)
        }
        interface.add(.listReceivedMail, ListReceivedMailParameters.self, requiring: .coordinator, context: context) {
            p, _ in
            let limit = p.limit ?? 100
            guard (1...1000).contains(limit) else { throw VarlinkError.invalidParameter("limit") }
            var entries: [ReceivedMailEntry] = []
            // Read a little more than asked when only the failed are wanted: most mail is applied.
            let recorded = try await context.store.latestEvents(
                ofType: InboundMailReceived.eventType, limit: p.failed == true ? min(limit * 10, 10_000) : limit)
            for record in recorded {
                guard case .inbound(let id, .received(let e)) = try DomainEventRecord(record).event else { continue }
                if p.failed == true, e.outcome == .applied { continue }
                var name: String?
                if let recipient = e.recipient { name = try await context.readModel.name(of: recipient) }
                entries.append(
                    ReceivedMailEntry(
                        id: id.description, receivedAt: context.instant(e.receivedAt.date),
                        recipientKind: e.recipient?.kind.rawValue, recipientId: e.recipient?.id, recipientName: name,
                        outcome: e.outcome.rawValue, reason: e.reason?.rawValue, answers: e.answers,
                        asked: e.asked.map(\.rawValue), issues: e.issues.map(\.description), replied: e.reply != nil))
                if entries.count == limit { break }
            }
            return ListReceivedMailReply(messages: entries)
        }
    }
}
