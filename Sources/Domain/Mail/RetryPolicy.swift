/// When to try a message again after a temporary failure, and when to stop trying: exponential
/// back-off from `firstDelay`, doubled per attempt up to `maximumDelay`, with jitter, until
/// `giveUpAfter` has passed since the message was queued.
package struct RetryPolicy: Sendable, Equatable {
    /// Seconds before the second attempt.
    package var firstDelay: Double
    /// Seconds between attempts at most.
    package var maximumDelay: Double
    /// Seconds after queuing when a message still failing temporarily is given up.
    package var giveUpAfter: Double

    package init(firstDelay: Double, maximumDelay: Double, giveUpAfter: Double) {
        self.firstDelay = firstDelay
        self.maximumDelay = maximumDelay
        self.giveUpAfter = giveUpAfter
    }

    /// One minute, doubling up to an hour, given up after three days.
    package static let defaults = RetryPolicy(firstDelay: 60, maximumDelay: 3600, giveUpAfter: 3 * 86_400)

    /// The wait after failed attempt number `attempt` (1 for the first): the back-off, of which the
    /// second half is scaled by `jitter` (0 ≤ jitter < 1), so messages that failed together do not all
    /// come back at once.
    package func delay(afterAttempt attempt: Int, jitter: Double) -> Double {
        // Doubling stops at 2^40: any delay of use has reached `maximumDelay` long before.
        let doublings = attempt <= 1 ? 0 : min(attempt - 1, 40)
        let backoff = min(maximumDelay, firstDelay * Double(1 << doublings))
        return backoff / 2 + backoff / 2 * min(max(jitter, 0), 1)
    }
}
