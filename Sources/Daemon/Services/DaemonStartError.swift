/// The daemon could not start for a reason other than its configuration (exit status 1).
public struct DaemonStartError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
