import Domain
import Synchronization

/// The thresholds and working-day calendar the read models count with, as the configuration holds
/// them now: made once at start and updated by a reload (SIGHUP), so `due`, the stale list and the
/// late marks follow `calendar.closed` and `policies.*` without a restart, as the reminders do.
///
/// A reference shared by every copy of a ``ReadModel``; a query reads it once (``current``), so one
/// answer never mixes the configuration before and after a reload.
package final class LiveThresholds: Sendable {
    private let value: Mutex<Thresholds>

    package init(_ thresholds: Thresholds) {
        value = Mutex(thresholds)
    }

    /// The thresholds in force.
    package var current: Thresholds { value.withLock { $0 } }

    /// Installs a newly loaded configuration's thresholds.
    package func update(_ thresholds: Thresholds) {
        value.withLock { $0 = thresholds }
    }
}
