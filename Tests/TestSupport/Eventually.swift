/// A condition a test waits for did not come true within its bound.
package struct NeverHappened: Error, CustomStringConvertible {
    package let what: String
    package let bound: Duration
    package var description: String { "\(what) did not happen within \(bound)" }
}

/// Waits until `condition` holds, looking every `interval`. The bound is far above any normal run: a
/// test waits for the event it needs, and only a defect makes it wait the whole bound, which then fails
/// the test naming `what` — a slow machine never does.
package func eventually(
    _ what: String, within bound: Duration = .seconds(300), every interval: Duration = .milliseconds(20),
    _ condition: () async throws -> Bool
) async throws {
    let deadline = ContinuousClock.now + bound
    while try await !condition() {
        guard ContinuousClock.now < deadline else { throw NeverHappened(what: what, bound: bound) }
        try await Task.sleep(for: interval)
    }
}
