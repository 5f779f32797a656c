/// The embedded PostgreSQL cluster could not be created, started or reached.
public struct EmbeddedPostgresError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was being done, e.g. "initdb" or "start".
    public var step: String
    /// What went wrong and what to do about it.
    public var reason: String
    /// The log file with PostgreSQL's own words, if one was written.
    public var logFile: String?

    public var description: String {
        "embedded PostgreSQL: \(step): \(reason)" + (logFile.map { " (see \($0))" } ?? "")
    }
}
