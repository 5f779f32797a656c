/// A command or a query named something that does not exist: one error for both, which the admin
/// interface answers as `NotFound`.
public struct NotFound: Error, Sendable, CustomStringConvertible {
    /// What was looked for: `issue`, `source`, `unit`, `council`, `certification`, …
    public var kind: String
    /// The id as it was given.
    public var id: String
    /// In Swedish, for the coordinator.
    public var message: String
    public var description: String { message }

    public init(kind: String, id: String, message: String) {
        self.kind = kind
        self.id = id
        self.message = message
    }
}
