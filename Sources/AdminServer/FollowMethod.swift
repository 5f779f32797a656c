import AdminProtocol
import EventStore
import Foundation
import ServiceLifecycle
import Varlink

/// `Follow`: the global log as it grows, one reply per event, for `tredjekraft follow` and for
/// scripts that react to what happens. Readers may follow; events hold no personal data.
///
/// The call ends when the caller hangs up (the server cancels it) or the daemon stops (it answers
/// `ShuttingDown`), never holding up a graceful shutdown.
struct FollowMethod: Sendable {
    let context: AdminContext

    func register(on interface: inout VarlinkInterface) {
        let health = context.health
        interface.addStreamingMethod(AdminMethod.follow.rawValue, parameters: FollowParameters.self) {
            p, call, replies in
            try await context.counted(.follow) {
                do {
                    return try await follow(p, call: call, replies: replies)
                } catch {
                    throw health.converting(error)
                }
            }
        }
    }

    private func follow(_ p: FollowParameters, call: VarlinkCall, replies: VarlinkStreamingReplies) async throws
        -> FollowReply
    {
        _ = try context.access.caller(of: call, requiring: .reader)
        let start: LogPosition
        if let after = p.after {
            guard let position = LogPosition(after) else { throw VarlinkError.invalidParameter("after") }
            start = position
        } else {
            start = try await context.store.headPosition()
        }
        let prefix = p.streamPrefix ?? ""
        do {
            try await cancelWhenGracefulShutdown {
                var events = context.store.subscribe(after: start, batchSize: 200, pollInterval: .seconds(1))
                    .makeAsyncIterator()
                while let batch = try await events.nextBatch() {
                    for event in batch where event.streamID.rawValue.hasPrefix(prefix) {
                        try await replies.send(FollowReply(event: try logged(event)))
                    }
                }
            }
        } catch  where Task.isCancelled || Task.isShuttingDownGracefully {
            throw AdminError.shuttingDown
        }
        // The subscription ends only when cancelled: the daemon stops or the caller hung up.
        throw AdminError.shuttingDown
    }

    func logged(_ event: RecordedEvent) throws -> LoggedEvent {
        LoggedEvent(
            position: event.position.description, stream: event.streamID.rawValue, streamVersion: event.streamVersion,
            type: event.eventType, schemaVersion: event.schemaVersion,
            recordedAt: context.instant(event.recordedAt), actor: event.metadata.actor,
            data: try JSONDecoder().decode(VarlinkValue.self, from: event.data))
    }
}
