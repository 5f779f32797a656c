import EventStore
import MetricsTestKit
import Testing

/// The append latency goes to the factory the store was given (the daemon's own registry), for every
/// append: alone, in a transaction, and refused.
@Suite struct AppendMetricsTests {
    @Test func everyAppendIsTimedThroughTheGivenFactory() async throws {
        let metrics = TestMetrics()
        try await withStore(metrics: metrics) { store in
            try await store.append(to: "s", expectedVersion: .noStream, events: [sampleEvent()], metadata: coordinator)
            try await store.withTransaction(locking: ["t"]) { transaction in
                try await transaction.append(
                    to: "t", expectedVersion: .noStream, events: [sampleEvent()], metadata: coordinator)
            }
            await #expect(throws: EventStoreError.self) {
                try await store.append(
                    to: "s", expectedVersion: .noStream, events: [sampleEvent()], metadata: coordinator)
            }
        }
        let timer = try metrics.expectTimer(EventStore.appendDurationMetric)
        #expect(timer.values.count == 3)
        #expect(timer.values.allSatisfy { $0 > 0 })
    }
}
