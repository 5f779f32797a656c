import Domain
import EventCodec
import EventStore
import Foundation

extension EventStore {
    /// The schedule's state from its stream: the last scheduled day of the policies and month of the
    /// digests.
    package func scheduleState() async throws -> PolicyScheduleAggregate.State {
        let recorded = try await readStream(StreamID(PolicyScheduleID.organisation.streamName))
        return PolicyScheduleAggregate.replay(
            try recorded.compactMap {
                if case .schedule(_, let event) = try DomainEventRecord($0).event { event } else { nil }
            })
    }

    /// When the last scheduled run of the policies and of the digests was recorded, from the same stream:
    /// what monitoring watches (a daily job silent for more than a day has stopped). Manual runs
    /// (`reminders run`, `digest send`) are left out, so they cannot hide a schedule that stands still.
    package func lastScheduledRuns() async throws -> (policies: Date?, digests: Date?) {
        var policies: Date?
        var digests: Date?
        for recorded in try await readStream(StreamID(PolicyScheduleID.organisation.streamName)) {
            guard case .schedule(_, let event) = try DomainEventRecord(recorded).event else { continue }
            switch event {
            case .ran(let run) where run.trigger == .scheduled: policies = recorded.recordedAt
            case .digestsRan(let run) where run.trigger == .scheduled: digests = recorded.recordedAt
            case .ran, .digestsRan: break
            }
        }
        return (policies, digests)
    }
}
