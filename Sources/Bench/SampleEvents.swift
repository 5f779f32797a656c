import EventStore
import Foundation

/// Realistic event rows, identical for the store and its reference.
///
/// Stream ids look like the daemon's (`issue-<uuid>`), data is a few hundred bytes of JSON like an
/// issue comment, and metadata names a role and a client, so both sides move the same bytes.
struct SampleEvents: Sendable {
    /// Payloads used in turn; varied so the server cannot benefit from identical values.
    let payloads: [Data]
    let eventType = "IssueCommented"
    let schemaVersion = 1
    let actor = "samordnare"
    let client = "tredjekraft-cli 1.0"

    init(variants: Int = 64) {
        payloads = (0..<variants).map { index in
            let issue = UUID().uuidString.lowercased()
            let text = String(repeating: "Rådet vill veta vad som hände med förslaget om kvällsöppet. ", count: 3)
            return Data(
                #"{"issueId":"\#(issue)","comment":"\#(text)nr \#(index)","visibility":"council","mentions":["ledning","enhetschef"]}"#
                    .utf8)
        }
    }

    /// The stream that writer `writer` uses as its `slot`th in phase `phase`: unique per phase, so every
    /// phase starts with new streams, and shaped like `issue-<uuid>`.
    static func streamID(phase: Int, writer: Int, slot: Int) -> String {
        let head = String(UInt32(truncatingIfNeeded: phase << 8 | writer), radix: 16)
        let tail = String(slot, radix: 16)
        return "issue-" + String(repeating: "0", count: 8 - head.count) + head + "-0000-4000-8000-"
            + String(repeating: "0", count: max(0, 12 - tail.count)) + tail
    }

    func payload(_ index: Int) -> Data { payloads[index % payloads.count] }

    /// `count` events for one call, starting at payload `index`.
    func events(_ count: Int, from index: Int) -> [NewEvent] {
        (0..<count).map { NewEvent(eventType: eventType, schemaVersion: schemaVersion, data: payload(index + $0)) }
    }

    /// A command's metadata; the command id doubles as the idempotency key, as in the daemon.
    func metadata() -> EventMetadata {
        let command = UUID()
        return EventMetadata(actor: actor, commandID: command, correlationID: command, client: client)
    }
}
