import AdminServer
import EventStore
import Logging
import Postgres
import Varlink

/// What a method handler of the admin interface may use; handed to each ``AdminMethodInstaller``.
public struct AdminEnvironment: Sendable {
    /// The event store (migrated before any method runs).
    public let store: EventStore
    /// The daemon's PostgreSQL pool (the store's).
    public var pool: PostgresPool { store.pool }
    /// Roles: `try access.caller(of: call, requiring: .coordinator)` gives the actor or throws PermissionDenied.
    public let access: AdminAccess
    /// Database reachability; record `.unreachable` when a handler meets a lost connection.
    public let health: DatabaseHealth
    /// The configuration the daemon started with (time zone, schema, …).
    public let configuration: DaemonConfiguration
    public let logger: Logger
}

/// Adds methods to `io.tredjekraft.admin` before the server starts; they must be declared in
/// `Sources/AdminServer/io.tredjekraft.admin.varlink` (and its embedded copy).
public typealias AdminMethodInstaller = @Sendable (inout VarlinkInterface, AdminEnvironment) -> Void
