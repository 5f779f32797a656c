import CLibPQ
import Foundation
import Logging

/// One session with a PostgreSQL server, over libpq.
///
/// Every libpq call runs on a thread of the connection's own (``ConnectionThread``), so blocking calls
/// never occupy Swift's cooperative pool; callers `await` each statement. A session serves one task at
/// a time: take connections from a ``PostgresPool`` rather than sharing one.
///
/// All mutable state below is confined to that thread: it is read and written only inside
/// `onThread`, which is what makes the `@unchecked Sendable` sound. It is internal rather than private
/// only for this class's extensions (`PostgresConnection+*.swift`); nothing else touches it.
///
/// Connection strings are libpq's own, conninfo or URI, so `PG*` environment variables, `.pgpass`,
/// service files, `sslmode`, Unix-socket peer authentication and multi-host failover work as
/// PostgreSQL users expect.
package final class PostgresConnection: @unchecked Sendable {
    private let thread: ConnectionThread
    /// libpq's connection object; `nil` once closed.
    var handle: OpaquePointer?

    private struct Session: @unchecked Sendable {
        let pointer: OpaquePointer
    }
    let canceller = Canceller()
    let wakeup = Wakeup()
    private let notices: NoticeSink
    var transactionDepth = 0
    var isWaitingForNotification = false
    var pendingNotifications: [PostgresNotification] = []
    /// The session's prepared statements by text and parameter types (``PostgresQuery/prepared()``).
    var preparedStatements: [PreparedKey: String] = [:]
    var preparedStatementsMade = 0

    struct PreparedKey: Hashable {
        var sql: String
        var types: [Oid]
    }

    /// More distinct prepared texts than this means a caller prepares SQL it builds at run time; the
    /// rest then run unprepared rather than grow the session without bound.
    package static let preparedStatementLimit = 256

    /// The server process serving this session, as `pg_backend_pid()` reports it.
    package private(set) var backendPID: Int32 = 0

    private init(logger: Logger) {
        thread = ConnectionThread(name: "postgres")
        notices = NoticeSink(logger: logger)
    }

    deinit {
        canceller.clear()
        let session = handle.map(Session.init)
        let notices = self.notices
        thread.submit {
            withExtendedLifetime(notices) {
                if let session { PQfinish(session.pointer) }
            }
        }
        thread.stop()
    }

    /// Runs `body` on the connection's thread and waits for it without blocking the caller's thread.
    func onThread<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Value, any Error>) in
            thread.submit {
                continuation.resume(with: Result { try body() })
            }
        }
    }

    /// Opens a session.
    ///
    /// - Parameters:
    ///   - conninfo: a libpq connection string (`host=/run/postgresql dbname=tredjekraft`) or URI
    ///     (`postgresql://user@host/db?sslmode=require`); empty means libpq's defaults and `PG*` variables.
    ///   - applicationName: shown in `pg_stat_activity` unless the string sets its own.
    /// - Throws: ``PostgresError/connectionFailed(target:reason:hint:)`` saying why, with a hint.
    package static func connect(
        _ conninfo: String, applicationName: String = "tredjekraft", logger: Logger = .postgresNoOp
    ) async throws(PostgresError) -> PostgresConnection {
        let connection = PostgresConnection(logger: logger)
        do {
            try await connection.onThread { try connection.open(conninfo, applicationName: applicationName) }
        } catch let error as PostgresError {
            throw error
        } catch {
            throw .connectionFailed(target: "(unknown)", reason: "\(error)", hint: nil)
        }
        return connection
    }

    private func open(_ conninfo: String, applicationName: String) throws(PostgresError) {
        if conninfo.utf8.contains(0) {
            throw .connectionFailed(
                target: "(connection string)", reason: "the connection string contains a NUL byte", hint: nil)
        }
        // Our defaults first, then the caller's string (expanded by libpq), then what we must force:
        // text is decoded as UTF-8, so the session must send UTF-8.
        let keywords = ["fallback_application_name", "dbname", "client_encoding"]
        let values = [applicationName, conninfo, "UTF8"]
        let connection = withCStringArray(keywords) { keywordPointers in
            withCStringArray(values) { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        guard let connection else {
            throw .connectionFailed(target: "(unknown)", reason: "libpq could not allocate a connection", hint: nil)
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let reason = Self.trimmed(PQerrorMessage(connection)) ?? "unknown error"
            let target = Self.describeTarget(connection)
            PQfinish(connection)
            throw .connectionFailed(target: target, reason: reason, hint: Self.hint(for: reason))
        }
        handle = connection
        backendPID = PQbackendPID(connection)
        canceller.set(from: connection)
        PQsetNoticeReceiver(connection, noticeReceiver, Unmanaged.passUnretained(notices).toOpaque())
    }

    /// Where this session is connected, for logs and `status` (never the password).
    package var target: String {
        get async {
            (try? await onThread { self.handle.map(Self.describeTarget) ?? "(closed)" }) ?? "(closed)"
        }
    }

    /// Closes the session. Further use throws ``PostgresError/connectionLost(reason:)``.
    package func close() async {
        _ = try? await onThread { self.closeOnThread() }
    }

    func closeOnThread() {
        canceller.clear()
        if let handle { PQfinish(handle) }
        handle = nil
    }
}

private func withCStringArray<Result>(
    _ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> Result
) -> Result {
    let duplicates = strings.map { strdup($0) }
    defer { for duplicate in duplicates { free(duplicate) } }
    let pointers: [UnsafePointer<CChar>?] = duplicates.map { UnsafePointer($0) } + [nil]
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
