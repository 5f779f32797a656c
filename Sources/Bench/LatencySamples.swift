import Synchronization

/// The duration of every call a timed load makes, from all its writers, for percentiles beside a rate.
///
/// A rate alone hides whether every call is a little slower or a few wait very long; the read-your-writes
/// wait in particular shows in the tail.
final class LatencySamples: Sendable {
    private let durations = Mutex<[Duration]>([])

    func record(_ duration: Duration) { durations.withLock { $0.append(duration) } }

    var count: Int { durations.withLock { $0.count } }

    /// The duration that `fraction` of the calls took at most (0.5 for the median); zero without samples.
    func percentile(_ fraction: Double) -> Duration {
        let sorted = durations.withLock { $0 }.sorted()
        guard !sorted.isEmpty else { return .zero }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }

    /// Runs `operation` and records how long it took.
    func timed(_ operation: () async throws -> Void) async throws {
        let clock = ContinuousClock()
        let start = clock.now
        try await operation()
        record(start.duration(to: clock.now))
    }
}
