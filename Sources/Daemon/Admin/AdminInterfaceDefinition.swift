/// The text of `io.tredjekraft.admin.varlink`, served by `org.varlink.service.GetInterfaceDescription`.
///
/// Embedded as a string so the daemon is one self-contained binary; `AdminInterfaceDefinitionTests`
/// fails when this copy and the `.varlink` file in the repository differ (regenerate it from the file).
enum AdminInterfaceDefinition {
    static let text = """
# The administration interface of Tredje kraften (tredjekraftd).
#
# Callers are identified by their Unix credentials (SO_PEERCRED); the configuration (roles.admin,
# roles.coordinator, roles.reader) maps their user or group names to a role. root is always admin.
# A caller with no role gets org.varlink.service.PermissionDenied with a reason.
interface io.tredjekraft.admin

# Whether the daemon can reach PostgreSQL, as last checked.
type DatabaseStatus (
  # "ok", "unreachable" or "starting"
  state: string,
  # Why it is unreachable, when it is.
  reason: ?string,
  # Whether the daemon runs its own embedded cluster.
  embedded: bool,
  # The schema that holds the daemon's tables.
  schema: string,
  # When the state last changed (ISO 8601).
  since: string
)

# How far the global event log has come, and what holds readers back.
type EventLogStatus (
  last_sequence: int,
  # Events committed but not yet safe to read past (an older transaction is still open).
  held_back_events: int,
  # The oldest open transaction that writes, if any.
  oldest_transaction_seconds: ?float,
  oldest_transaction_application: ?string
)

# The daemon's health and who is asking.
method Status() -> (
  version: string,
  uptime_seconds: float,
  started_at: string,
  database: DatabaseStatus,
  # The event store's schema version in the database, and the newest this daemon knows.
  migration_version: ?int,
  latest_migration_version: int,
  # Absent when the database cannot be reached.
  event_log: ?EventLogStatus,
  time_zone: string,
  # The caller: its user name and role.
  user: string,
  role: string
)

# Who the daemon thinks the caller is; answers also callers without a role, so they can see why.
method WhoAmI() -> (
  user: string,
  uid: int,
  groups: []string,
  # "admin", "coordinator" or "reader"; absent when the configuration gives the caller no role.
  role: ?string,
  can_write: bool
)

# The thing named does not exist.
error NotFound (kind: string, id: string)

# The command breaks a rule (e.g. a transition that is not allowed, a decision without motivation).
error RuleViolation (reason: string)

# PostgreSQL cannot be reached right now; nothing was changed. Try again later.
error DatabaseUnavailable (reason: string)

# Something failed inside the daemon; its log says more.
error InternalError (reason: string)
"""
}
