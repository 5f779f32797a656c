import EventStore
import Foundation

/// Appends through the store's public API next to plain INSERTs of the same rows.
///
/// Each writer owns a set of streams and appends to them in turn with the version it expects, as the
/// daemon's command handling does; each call carries a new command id as its idempotency key. The
/// plain side writes rows with the same columns, sizes and stream versions.
struct AppendBenchmark {
    let store: EventStore
    let plain: PlainEventTable
    let samples: SampleEvents
    let options: BenchOptions
    let progress: @Sendable (String) -> Void
    let serverCPU: ServerCPU?
    /// Streams each writer cycles through.
    var streamsPerWriter = 64

    /// One event per call at `writers` concurrent writers.
    func singleEvents(writers: Int, phase: Int) async throws -> Figure {
        let streams = streamsPerWriter
        let store = self.store
        let plain = self.plain
        let samples = self.samples
        return try await compare(
            name: "appends, \(writers) writer\(writers == 1 ? "" : "s"), 1 event/call",
            reference: "plain INSERT, 1 row", writers: writers, itemsPerCall: 1, phase: phase,
            measured: { phase in
                { writer, iteration in
                    let metadata = samples.metadata()
                    try await store.append(
                        to: StreamID(SampleEvents.streamID(phase: phase, writer: writer, slot: iteration % streams)),
                        expectedVersion: .exactly(Int64(iteration / streams)),
                        events: samples.events(1, from: iteration), metadata: metadata,
                        idempotencyKey: metadata.commandID?.uuidString.lowercased())
                }
            },
            referenceLoad: { phase in
                { writer, iteration in
                    try await plain.insert(
                        stream: SampleEvents.streamID(phase: phase, writer: writer, slot: iteration % streams),
                        version: Int64(iteration / streams) + 1, payload: iteration)
                }
            })
    }

    /// Where the time of a one-event append goes at `writers` writers: the bare SQL function with and
    /// without an idempotency key, each against plain INSERTs (for `--breakdown`).
    func functionOnly(writers: Int, withKey: Bool, phase: Int) async throws -> Figure {
        let streams = streamsPerWriter
        let call = AppendFunctionCall(pool: store.pool, schema: store.schema, samples: samples)
        let plain = self.plain
        return try await compare(
            name: "  append_events() only, \(writers)w\(withKey ? "" : ", no key")",
            reference: "plain INSERT, 1 row", writers: writers, itemsPerCall: 1, phase: phase,
            measured: { phase in
                { writer, iteration in
                    try await call.append(
                        stream: SampleEvents.streamID(phase: phase, writer: writer, slot: iteration % streams),
                        expectedVersion: Int64(iteration / streams), payload: iteration, count: 1, withKey: withKey)
                }
            },
            referenceLoad: { phase in
                { writer, iteration in
                    try await plain.insert(
                        stream: SampleEvents.streamID(phase: phase, writer: writer, slot: iteration % streams),
                        version: Int64(iteration / streams) + 1, payload: iteration)
                }
            })
    }

    /// `options.appendBatch` events per call, one writer.
    func batches(phase: Int) async throws -> Figure {
        let streams = streamsPerWriter
        let batch = options.appendBatch
        let store = self.store
        let plain = self.plain
        let samples = self.samples
        return try await compare(
            name: "appends, 1 writer, \(batch) events/call (events/s)",
            reference: "plain INSERT, \(batch) rows", writers: 1, itemsPerCall: batch, phase: phase,
            measured: { phase in
                { writer, iteration in
                    let metadata = samples.metadata()
                    try await store.append(
                        to: StreamID(SampleEvents.streamID(phase: phase, writer: writer, slot: iteration % streams)),
                        expectedVersion: .exactly(Int64(iteration / streams * batch)),
                        events: samples.events(batch, from: iteration), metadata: metadata,
                        idempotencyKey: metadata.commandID?.uuidString.lowercased())
                }
            },
            referenceLoad: { phase in
                { writer, iteration in
                    try await plain.insert(
                        stream: SampleEvents.streamID(phase: phase, writer: writer, slot: iteration % streams),
                        firstVersion: Int64(iteration / streams * batch) + 1, count: batch, payload: iteration)
                }
            })
    }

    /// Warms both sides up, then measures them in the order store, plain, plain, store — half the
    /// phase each time — so a drift in the machine's speed (other builds, checkpoints) hits both alike.
    /// Every run writes to new streams (`phase` numbers them).
    private func compare(
        name: String, reference: String, writers: Int, itemsPerCall: Int, phase: Int,
        measured: (Int) -> TimedLoad.Operation, referenceLoad: (Int) -> TimedLoad.Operation
    ) async throws -> Figure {
        progress("\(name): warming up")
        let warmup = TimedLoad(writers: writers, duration: options.warmup)
        _ = try await warmup.run(measured(phase * 10))
        _ = try await warmup.run(referenceLoad(phase * 10))
        let half = TimedLoad(writers: writers, duration: options.phase / 2)
        var store = TimedLoad.Outcome(calls: 0, elapsed: .zero)
        var plain = store
        var cpu = (store: 0.0, plain: 0.0)
        for (round, storeFirst) in [true, false].enumerated() {
            for side in storeFirst ? [true, false] : [false, true] {
                let load = side ? measured(phase * 10 + round + 1) : referenceLoad(phase * 10 + round + 1)
                let cpuBefore = serverCPU?.seconds() ?? 0
                let outcome = try await half.run(load)
                let cpuUsed = (serverCPU?.seconds() ?? 0) - cpuBefore
                if writers > 1 {
                    progress(
                        "\(name): \(side ? "store" : "plain") \(outcome.calls) calls, fewest by one writer "
                            + "\(outcome.fewestCallsOfAWriter)")
                }
                if side {
                    store.calls += outcome.calls
                    store.elapsed += outcome.elapsed
                    cpu.store += cpuUsed
                } else {
                    plain.calls += outcome.calls
                    plain.elapsed += outcome.elapsed
                    cpu.plain += cpuUsed
                }
            }
        }
        var figure = Figure(
            name: name, value: store.rate(itemsPerCall: itemsPerCall), reference: reference,
            referenceValue: plain.rate(itemsPerCall: itemsPerCall), target: 0.8)
        if serverCPU != nil {
            figure.cpuPerItem = cpu.store / Double(max(1, store.calls * itemsPerCall))
            figure.referenceCPUPerItem = cpu.plain / Double(max(1, plain.calls * itemsPerCall))
        }
        progress("\(name): \(ResultTable.grouped(figure.value)) /s vs \(ResultTable.grouped(figure.referenceValue)) /s")
        return figure
    }
}
