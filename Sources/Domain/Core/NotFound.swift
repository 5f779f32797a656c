/// A command or a query named something that does not exist: one error for both, which the admin
/// interface answers as `NotFound`.
package struct NotFound: Error, Sendable, CustomStringConvertible {
    /// What was looked for: `issue`, `source`, `unit`, `council`, `certification`, …
    package var kind: String
    /// The id as it was given.
    package var id: String
    /// In Swedish, for the coordinator.
    package var message: String
    package var description: String { message }

    package init(kind: String, id: String, message: String) {
        self.kind = kind
        self.id = id
        self.message = message
    }
}
