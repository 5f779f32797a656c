/// The daemon's version, reported by `Status`, `GetInfo` and `--version`.
package enum DaemonVersion {
    package static let current = "0.1.0"
}
