import AdminProtocol

/// The daemon's version, reported by `Status`, `GetInfo` and `--version`: the product's, which the CLI
/// prints too.
package enum DaemonVersion {
    package static let current = ProductVersion.current
}
