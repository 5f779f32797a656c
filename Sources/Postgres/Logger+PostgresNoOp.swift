import Logging

extension Logger {
    /// A logger that discards everything, for callers that pass none.
    package static var postgresNoOp: Logger {
        Logger(label: "postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    }
}
