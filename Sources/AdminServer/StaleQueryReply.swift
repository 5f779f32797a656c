import AdminProtocol
import Foundation
import Projections

/// A query's reply with `stale` added when a read model it reads is stopped at an event it could not
/// apply: the answer is what the read models hold, and says that they stand still.
struct StaleQueryReply<Reply: Encodable & Sendable>: Encodable, Sendable {
    var reply: Reply
    var stale: [ProjectionFailure]?

    /// `reply`, marked with the stopped ones among `readModels`.
    init(_ reply: Reply, reading readModels: Set<String>, runner: ProjectionRunner, timeZone: TimeZone) {
        self.reply = reply
        let stopped = runner.stopped.filter { readModels.contains($0.key) }.values.sorted {
            $0.projection < $1.projection
        }
        self.stale = stopped.isEmpty ? nil : stopped.map { ProjectionMethods.failure($0, timeZone: timeZone) }
    }

    private enum CodingKeys: String, CodingKey { case stale }

    func encode(to encoder: any Encoder) throws {
        try reply.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(stale, forKey: .stale)
    }
}
