import AdminProtocol
import Domain
import EventCodec
import EventStore
import Foundation
import Projections
import ReadModelTypes
import Scheduler
import Varlink

extension MailMethods {
    /// The most of a part one reply carries, in Unicode scalars: with JSON's escapes at most six bytes
    /// each, well inside a Varlink frame (1 MiB).
    static let chunkScalars = 64 * 1024

    /// `ShowMail`: a message of the outbox as it went out (its `MailQueued`, the content every attempt
    /// sends), or — by a digest's id — the printed letter's file.
    func show(_ p: ShowMailParameters) async throws -> ShowMailReply {
        let part = p.part ?? "text"
        guard part == "text" || part == "html" else { throw VarlinkError.invalidParameter("part") }
        let offset = p.offset ?? 0
        guard offset >= 0 else { throw VarlinkError.invalidParameter("offset") }
        if let id = try await mailID(p.id, allowMissing: true), let entry = try await context.readModel.outboxEntry(id)
        {
            let queued = try await queuedMessage(id)
            let content: String
            if part == "html" {
                guard let html = queued.html else {
                    throw AdminError.ruleViolation(
                        reason: "Meddelandet \(p.id) har ingen HTML-del; det gick ut som bara text.")
                }
                content = html
            } else {
                content = queued.text
            }
            let (chunk, next) = Self.chunk(content, from: offset)
            return ShowMailReply(
                kind: "mail", id: id.description, recipientKind: entry.recipient.kind.rawValue,
                recipientId: entry.recipient.id, recipientName: try await context.readModel.name(of: entry.recipient),
                purpose: queued.purpose.rawValue, subject: queued.subject, state: entry.state.rawValue,
                queuedAt: context.instant(entry.queuedAt), deliveredAt: entry.deliveredAt.map(context.instant),
                printedAs: nil, part: part, hasHtml: queued.html != nil, content: chunk, offset: offset,
                nextOffset: next)
        }
        guard let digest = try await printedDigest(p.id) else { throw NotFound(.mail, p.id) }
        guard let path = digest.printedAs else { throw NotFound(.mail, p.id) }
        let html: String
        do {
            html = try await context.scheduler.digestRun.printedLetter(at: path)
        } catch {
            throw AdminError.ruleViolation(
                reason: "Det utskrivna brevet \(path) går inte att läsa under daemonens tillståndskatalog: "
                    + "filen är borttagen eller flyttad.")
        }
        let (chunk, next) = Self.chunk(html, from: offset)
        return ShowMailReply(
            kind: "printed", id: digest.digestId.description, recipientKind: digest.recipientKind.rawValue,
            recipientId: digest.recipientId, recipientName: digest.recipientName, purpose: MailPurpose.digest.rawValue,
            subject: "Månadsbrev \(digest.month)", state: nil, queuedAt: nil, deliveredAt: nil, printedAs: path,
            part: "html", hasHtml: true, content: chunk, offset: offset, nextOffset: next)
    }

    /// The message's content as queued, from its stream.
    private func queuedMessage(_ id: MailID) async throws -> MailQueued {
        var state: MailState?
        for recorded in try await context.store.readStream(StreamID(id.streamName)) {
            if case .mail(_, let event) = try DomainEventRecord(recorded).event {
                state = MailAggregate.evolve(state, event)
            }
        }
        guard let state else { throw NotFound(.mail, id.description) }
        return state.message
    }

    /// The printed digest whose id is `text` (whole or a unique prefix), if there is one.
    private func printedDigest(_ text: String) async throws -> DigestRecord? {
        let typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let printed = try await context.readModel.digests().filter { $0.printedAs != nil }
        let matches = printed.filter { $0.digestId.description.lowercased().hasPrefix(typed) }
        guard typed.count >= IdentifierResolver.minimumPrefixLength || UUID(uuidString: typed) != nil else {
            return nil
        }
        guard matches.count <= 1 else {
            throw AdminError.ruleViolation(
                reason: "Flera utskrivna brev har id som börjar med \(text). Skriv fler tecken av id:t.")
        }
        return matches.first
    }

    /// `text` from `offset` (in Unicode scalars), at most ``chunkScalars`` of it, and where the rest starts.
    static func chunk(_ text: String, from offset: Int) -> (String, Int?) {
        let scalars = text.unicodeScalars
        guard offset < scalars.count else { return ("", nil) }
        let start = scalars.index(scalars.startIndex, offsetBy: offset)
        let end = scalars.index(start, offsetBy: chunkScalars, limitedBy: scalars.endIndex) ?? scalars.endIndex
        var chunk = String.UnicodeScalarView()
        chunk.append(contentsOf: scalars[start..<end])
        return (String(chunk), end == scalars.endIndex ? nil : offset + chunkScalars)
    }
}
