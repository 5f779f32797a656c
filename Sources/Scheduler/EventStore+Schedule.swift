import CommandHandling
import Domain
import EventStore

extension EventStore {
    /// The schedule's state from its stream: the last scheduled day of the policies and month of the
    /// digests, when the schedule began, and when its last runs finished (for `Metrics`).
    package func scheduleState() async throws -> PolicyScheduleAggregate.State {
        try await state(of: PolicyScheduleAggregate.self, .organisation)
    }
}
