/// The daemon's version, reported by `Status`, `GetInfo` and `--version`.
public enum DaemonVersion {
    public static let current = "0.1.0"
}
