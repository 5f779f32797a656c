import Logging

/// Wraps a handler (the journald one) so its level follows a shared ``ReloadableLogLevel``.
package struct ReloadableLogHandler: LogHandler {
    private var upstream: any LogHandler
    private let level: ReloadableLogLevel

    package init(upstream: any LogHandler, level: ReloadableLogLevel) {
        self.upstream = upstream
        self.level = level
    }

    /// The shared level; setting it changes it for every logger of the daemon.
    package var logLevel: Logger.Level {
        get { level.value }
        nonmutating set { level.value = newValue }
    }

    package var metadata: Logger.Metadata {
        get { upstream.metadata }
        set { upstream.metadata = newValue }
    }

    package var metadataProvider: Logger.MetadataProvider? {
        get { upstream.metadataProvider }
        set { upstream.metadataProvider = newValue }
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { upstream[metadataKey: key] }
        set { upstream[metadataKey: key] = newValue }
    }

    package func log(event: LogEvent) {
        upstream.log(event: event)
    }
}
