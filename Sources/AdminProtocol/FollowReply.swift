/// A `Follow` reply.
package struct FollowReply: Codable, Sendable, Equatable {
    package var event: LoggedEvent

    package init(event: LoggedEvent) { self.event = event }
}
