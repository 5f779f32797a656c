/// What an append wrote — or, for a repeated command, what the first attempt wrote.
package struct AppendResult: Hashable, Sendable {
    package var streamID: StreamID
    /// The version of the first event appended.
    package var firstVersion: Int64
    /// The stream's version after the append: the expected version for the next one.
    package var lastVersion: Int64
    /// Where the last event stands in the global log; readers that have passed it have seen the append.
    package var position: LogPosition
    /// True when the idempotency key had been used: nothing new was written.
    package var isDuplicate: Bool
}
