import Foundation

enum PostgresEpoch {
    /// Seconds from 1970-01-01 to PostgreSQL's epoch, 2000-01-01 UTC.
    static let unixOffset: TimeInterval = 946_684_800
}
