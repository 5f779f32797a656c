/// The embedded PostgreSQL cluster could not be created, started or reached.
package struct EmbeddedPostgresError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was being done, e.g. "initdb" or "start".
    package var step: String
    /// What went wrong and what to do about it.
    package var reason: String
    /// The log file with PostgreSQL's own words, if one was written.
    package var logFile: String?

    package var description: String {
        "embedded PostgreSQL: \(step): \(reason)" + (logFile.map { " (see \($0))" } ?? "")
    }
}
