import Logging
import Synchronization

/// The daemon-wide log level, changed on SIGHUP.
///
/// swift-log copies a handler into every `Logger`, so a level stored in the handler could not be
/// changed afterwards; ``ReloadableLogHandler`` reads this shared box on every log call instead.
package final class ReloadableLogLevel: Sendable {
    private let level: Mutex<Logger.Level>

    package init(_ level: Logger.Level) {
        self.level = Mutex(level)
    }

    package var value: Logger.Level {
        get { level.withLock { $0 } }
        set { level.withLock { $0 = newValue } }
    }
}
