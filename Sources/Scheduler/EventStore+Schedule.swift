import Domain
import EventCodec
import EventStore

extension EventStore {
    /// The schedule's state from its stream: the last scheduled day of the policies and month of the
    /// digests, when the schedule began, and when its last runs finished (for `Metrics`).
    package func scheduleState() async throws -> PolicyScheduleAggregate.State {
        let recorded = try await readStream(StreamID(PolicyScheduleID.organisation.streamName))
        return PolicyScheduleAggregate.replay(
            try recorded.compactMap {
                if case .schedule(_, let event) = try DomainEventRecord($0).event { event } else { nil }
            })
    }
}
