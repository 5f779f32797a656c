/// A place in the global log: the order in which readers see events.
///
/// The log is ordered by the id of the transaction that wrote an event, then by its sequence number.
/// Readers only read transactions below the log's horizon (`log_horizon()`: older than every
/// transaction holding one of the store's append locks), so no event can later appear before a
/// position a reader has passed: a transaction that commits late has a transaction id at or above the
/// horizon the reader used, which sorts after everything it read. See docs/architecture.md (the event store).
package struct LogPosition: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The writing transaction's 64-bit id (`xid8`).
    package var transactionID: UInt64
    /// The event's global sequence number: unique, increasing within a transaction, with gaps.
    package var sequence: Int64

    package init(transactionID: UInt64, sequence: Int64) {
        self.transactionID = transactionID
        self.sequence = sequence
    }

    /// Before the first event.
    package static let start = LogPosition(transactionID: 0, sequence: 0)

    package static func < (lhs: LogPosition, rhs: LogPosition) -> Bool {
        (lhs.transactionID, lhs.sequence) < (rhs.transactionID, rhs.sequence)
    }

    package var description: String { "\(transactionID)/\(sequence)" }

    /// Parses the `<transaction>/<sequence>` form of ``description``; `nil` for anything else.
    package init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let transaction = UInt64(parts[0]), let sequence = Int64(parts[1]), sequence >= 0 else {
            return nil
        }
        self.init(transactionID: transaction, sequence: sequence)
    }
}
