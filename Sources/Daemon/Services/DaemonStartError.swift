/// The daemon could not start for a reason other than its configuration (exit status 1).
package struct DaemonStartError: Error, Sendable, CustomStringConvertible {
    package var description: String

    package init(_ description: String) {
        self.description = description
    }
}
