/// A `policies.*` value that cannot be used. It names the key as written in the YAML file, so the
/// daemon can stop with a message the operator can act on (the daemon maps it to its configuration
/// error and exit status 78).
package struct PolicyConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The full key, e.g. `policies.overdue.escalate_after_days`.
    package var key: String
    /// The value as given.
    package var value: String
    /// What a valid value looks like, in English like the daemon's other configuration errors.
    package var reason: String

    package init(key: String, value: String, reason: String) {
        self.key = key
        self.value = value
        self.reason = reason
    }

    package var description: String { "configuration key '\(key)': value \(value) is invalid: \(reason)" }
}
