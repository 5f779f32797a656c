/// Runs one operation from several concurrent writers for a fixed time and counts completed calls.
///
/// Every writer is a child task with its own connection from the pool (the pool's connections run
/// libpq on threads of their own, so waiting on the server never occupies the cooperative pool).
/// The clock stops when the last writer has finished its last call, so no call is cut off or lost.
struct TimedLoad {
    /// One call: `writer` (0-based) makes its `iteration`th call (0-based).
    typealias Operation = @Sendable (_ writer: Int, _ iteration: Int) async throws -> Void

    let writers: Int
    let duration: Duration

    struct Outcome {
        var calls: Int
        var elapsed: Duration
        /// The fewest calls any one writer completed: far below `calls / writers` means one writer
        /// was held up (unfair waiting), which a total alone would hide.
        var fewestCallsOfAWriter = Int.max

        /// Calls per second, times the items (events or rows) each call writes.
        func rate(itemsPerCall: Int = 1) -> Double {
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            return Double(calls * itemsPerCall) / seconds
        }
    }

    func run(_ operation: @escaping Operation) async throws -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + duration
        let perWriter = try await withThrowingTaskGroup(of: Int.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    var iteration = 0
                    while clock.now < deadline {
                        try await operation(writer, iteration)
                        iteration += 1
                    }
                    return iteration
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        return Outcome(
            calls: perWriter.reduce(0, +), elapsed: start.duration(to: clock.now),
            fewestCallsOfAWriter: perWriter.min() ?? 0)
    }
}
