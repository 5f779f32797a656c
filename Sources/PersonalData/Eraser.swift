import CommandHandling
import Domain
import EventStore
import Foundation
import NIOPosix

/// Erases a field of free text from everything the system holds (docs/operations.md,
/// "Personuppgifter"): the record's own events, the copies in issues, letters and digests, the printed
/// letters' files — and, through the `TextRedacted` event it appends, every read model, which the
/// projection runner rebuilds from the rewritten log.
///
/// The mechanism is an audited owner rewrite of the stored events (as Marten's event-data masking):
/// the daemon's role may change recorded events only through the store's owner function, and only
/// those listed by a `TextRedacted` event appended in the same transaction, which says who erased which
/// field of what, when and why — never the text.
package struct Eraser: Sendable {
    let store: EventStore
    let handler: CommandHandler
    let clock: OrganisationClock
    /// Where printed letters are kept (`<state directory>/letters`).
    let lettersDirectory: URL?

    /// Kinds of stream that hold copies of texts: issues (a title taken from a proposal), letters and
    /// digests. Other records' own texts are never touched, even where they happen to say the same.
    static let copyingStreams = ["issue-", "mail-", "digest-"]

    package init(store: EventStore, handler: CommandHandler, clock: OrganisationClock, lettersDirectory: URL?) {
        self.store = store
        self.handler = handler
        self.clock = clock
        self.lettersDirectory = lettersDirectory
    }

    /// What an erasure did.
    package struct Outcome: Sendable, Equatable {
        /// Events whose data was rewritten (the record's own and the copies).
        package var rewrittenEvents: Int
        /// Printed letters whose file was rewritten.
        package var printedLetters: Int
        /// Nothing held the text any more: an earlier erasure had removed it.
        package var alreadyErased: Bool
        /// What now stands in its place.
        package var marker: String
        package var position: LogPosition?
    }

    /// Erases `field` of the record `id` of kind `subject`.
    ///
    /// - Throws: `NotFound` when there is no such record, `DomainError` when the field is not one of
    ///   its free-text fields, holds nothing, or no reason is given.
    package func redact(
        _ subject: ErasureSubject, id: UUID, field: String, reason: String, metadata: EventMetadata
    ) async throws -> Outcome {
        let stream = try await streamOf(subject, id)
        let own = try await store.readStream(stream).filter { event in
            subject.ownIDKey.map { TextCopies.concerns(event.data, key: $0, id: id.uuidString) } ?? true
        }
        let marker = RedactionMarker.text(on: clock.today)
        var rewrites: [EventStore.TextRewrite] = []
        var texts: [String] = []
        for event in own {
            for (path, value) in TextCopies.values(of: field, in: event.data) where !RedactionMarker.isMarker(value) {
                texts.append(value)
                rewrites.append(EventStore.TextRewrite(sequence: event.position.sequence, path: path, value: marker))
            }
        }
        let copies = TextCopies(texts: texts, marker: marker)
        rewrites += try await copiesElsewhere(copies, stream: stream, subject: subject, id: id, besides: rewrites)
        // Files first: a crash after them leaves the log to erase again, never a file holding the text.
        let printed = try await erasePrintedLetters(copies)
        let command = RedactText(
            subject: subject, field: field, reason: reason, rewrites: Array(Set(rewrites.map(\.sequence))),
            printedLetters: printed)
        let (_, outcome) = try await handler.perform(
            idempotencyKey: metadata.commandID.map { CommandHandler.idempotencyKey($0) }, metadata: metadata
        ) { [store, rewrites] work in
            try await work.decide(ErasureAggregate.self, ErasureID(id), command)
            work.alsoWrite { connection in try await store.rewrite(rewrites, on: connection) }
        }
        return Outcome(
            rewrittenEvents: command.rewrites.count, printedLetters: printed,
            alreadyErased: outcome.events.isEmpty && !outcome.isDuplicate, marker: marker, position: outcome.position)
    }

    /// The stream the record lives in: its own, or its revision's, certification's or council's.
    private func streamOf(_ subject: ErasureSubject, _ id: UUID) async throws -> StreamID {
        let missing = NotFound(subject.notFoundKind, id.uuidString.lowercased())
        if let own = subject.ownStream(id) {
            guard try await !store.readStream(StreamID(own)).isEmpty else { throw missing }
            return StreamID(own)
        }
        guard let eventType = subject.recordingEventType, let key = subject.ownIDKey,
            let stream = try await store.stream(ofEvent: eventType, whereKey: key, is: id.uuidString.lowercased())
        else { throw missing }
        return stream
    }

    /// Copies of the texts in the record's other fields, in issues, letters and digests.
    private func copiesElsewhere(
        _ copies: TextCopies, stream: StreamID, subject: ErasureSubject, id: UUID, besides own: [EventStore.TextRewrite]
    ) async throws -> [EventStore.TextRewrite] {
        let taken = Set(own.map { "\($0.sequence)/\($0.path.joined(separator: "/"))" })
        var seen = Set<Int64>()
        var rewrites: [EventStore.TextRewrite] = []
        for needle in copies.needles {
            for event in try await store.events(
                in: stream, andStreamsStartingWith: Self.copyingStreams, containing: needle)
            where seen.insert(event.position.sequence).inserted && event.eventType != TextRedacted.eventType {
                if event.streamID == stream, let key = subject.ownIDKey,
                    !TextCopies.concerns(event.data, key: key, id: id.uuidString)
                {
                    continue
                }
                for (path, value) in copies.copies(in: event.data)
                where !taken.contains("\(event.position.sequence)/\(path.joined(separator: "/"))") {
                    rewrites.append(EventStore.TextRewrite(sequence: event.position.sequence, path: path, value: value))
                }
            }
        }
        return rewrites
    }

    /// Rewrites every printed letter that holds a copy; returns how many.
    private func erasePrintedLetters(_ copies: TextCopies) async throws -> Int {
        guard let lettersDirectory, !copies.texts.isEmpty else { return 0 }
        return try await NIOThreadPool.singleton.runIfActive {
            var changed = 0
            let files = FileManager.default.enumerator(
                at: lettersDirectory, includingPropertiesForKeys: [.isRegularFileKey])
            while let file = files?.nextObject() as? URL {
                guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                    let content = try? String(contentsOf: file, encoding: .utf8),
                    let erased = copies.erased(content)
                else { continue }
                try Data(erased.utf8).write(to: file, options: .atomic)
                changed += 1
            }
            return changed
        }
    }
}

extension ErasureSubject {
    var notFoundKind: NotFound.Kind {
        switch self {
        case .proposal: .proposal
        case .issue: .issue
        case .finding: .finding
        case .actionItem: .actionItem
        case .meeting: .meeting
        }
    }
}
