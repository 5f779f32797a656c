import Logging

/// Wraps a handler (the journald one) so its level follows a shared ``ReloadableLogLevel``.
public struct ReloadableLogHandler: LogHandler {
    private var upstream: any LogHandler
    private let level: ReloadableLogLevel

    public init(upstream: any LogHandler, level: ReloadableLogLevel) {
        self.upstream = upstream
        self.level = level
    }

    /// The shared level; setting it changes it for every logger of the daemon.
    public var logLevel: Logger.Level {
        get { level.value }
        nonmutating set { level.value = newValue }
    }

    public var metadata: Logger.Metadata {
        get { upstream.metadata }
        set { upstream.metadata = newValue }
    }

    public var metadataProvider: Logger.MetadataProvider? {
        get { upstream.metadataProvider }
        set { upstream.metadataProvider = newValue }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { upstream[metadataKey: key] }
        set { upstream[metadataKey: key] = newValue }
    }

    public func log(event: LogEvent) {
        upstream.log(event: event)
    }
}
