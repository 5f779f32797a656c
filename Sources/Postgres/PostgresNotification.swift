/// A message sent with NOTIFY.
package struct PostgresNotification: Sendable, Equatable {
    package var channel: String
    package var payload: String
    /// The server process of the session that sent it.
    package var backendPID: Int32
}
