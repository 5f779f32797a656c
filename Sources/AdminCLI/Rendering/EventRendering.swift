import AdminProtocol
import Wording

/// One event of the global log as `follow` prints it: a line per event, so it can be watched or grepped.
enum EventRendering {
    static func line(_ reply: FollowReply) -> String {
        let event = reply.event
        return
            "\(Swedish.instant(event.recordedAt))  \(event.position)  \(event.stream)  \(event.type)  (\(event.actor))"
    }
}
