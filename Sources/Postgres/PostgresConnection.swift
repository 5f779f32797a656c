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
/// `onThread`, which is what makes the `@unchecked Sendable` sound.
///
/// Connection strings are libpq's own, conninfo or URI, so `PG*` environment variables, `.pgpass`,
/// service files, `sslmode`, Unix-socket peer authentication and multi-host failover work as
/// PostgreSQL users expect.
package final class PostgresConnection: @unchecked Sendable {
    private let thread: ConnectionThread
    /// libpq's connection object; `nil` once closed.
    private var handle: OpaquePointer?

    private struct Session: @unchecked Sendable {
        let pointer: OpaquePointer
    }
    private let canceller = Canceller()
    private let wakeup = Wakeup()
    private let notices: NoticeSink
    private var transactionDepth = 0
    private var isWaitingForNotification = false
    private var pendingNotifications: [PostgresNotification] = []
    /// The session's prepared statements by text and parameter types (``PostgresQuery/prepared()``).
    private var preparedStatements: [PreparedKey: String] = [:]
    private var preparedStatementsMade = 0

    private struct PreparedKey: Hashable {
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
    private func onThread<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
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

    private func closeOnThread() {
        canceller.clear()
        if let handle { PQfinish(handle) }
        handle = nil
    }

    // MARK: Statements

    /// Runs one statement and returns its rows.
    ///
    /// Task cancellation asks the server to cancel the statement; the error is then the server's
    /// `query_canceled` and any transaction around it is rolled back by ``withTransaction(isolation:_:)``.
    @discardableResult
    package func query(_ query: PostgresQuery) async throws -> PostgresRows {
        try await cancellable { ticket in try self.run(query, ticket: ticket) }
    }

    /// Runs a statement and returns the number of rows it changed.
    @discardableResult
    package func execute(_ query: PostgresQuery) async throws -> Int {
        try await self.query(query).affectedRows
    }

    /// Runs several statements without parameters, as one simple-protocol round trip.
    ///
    /// For embedded schema migrations only: they are constant SQL. Anything with values uses
    /// ``query(_:)``, which binds them.
    package func runScript(_ sql: String) async throws {
        try await cancellable { ticket in try self.runScript(sql, ticket: ticket) }
    }

    /// Runs a statement on the connection's thread so that the task's cancellation can interrupt it.
    private func cancellable<Value: Sendable>(
        _ operation: @escaping @Sendable (_ ticket: UInt64) throws -> Value
    ) async throws -> Value {
        try Task.checkCancellation()
        let canceller = self.canceller
        let ticket = canceller.ticket()
        return try await withTaskCancellationHandler {
            try await onThread { try operation(ticket) }
        } onCancel: {
            canceller.cancel(ticket)
        }
    }

    private func run(_ query: PostgresQuery, ticket: UInt64) throws -> PostgresRows {
        guard canceller.begin(ticket) else { throw CancellationError() }
        defer { canceller.end() }
        return try run(query)
    }

    private func runScript(_ sql: String, ticket: UInt64) throws {
        guard let handle else { throw PostgresError.connectionLost(reason: "the connection is closed") }
        if sql.utf8.contains(0) {
            throw PostgresError.invalidParameter(index: 0, reason: "the SQL text contains a NUL byte")
        }
        guard canceller.begin(ticket) else { throw CancellationError() }
        defer { canceller.end() }
        _ = try isolatedCall { () throws(PostgresError) in try check(PQexec(handle, sql), handle: handle) }
    }

    /// Runs a blocking call; it must be on the connection's own thread, never the cooperative pool.
    private func isolatedCall<Value, Failure: Error>(_ body: () throws(Failure) -> Value) throws(Failure) -> Value {
        assert(ConnectionThread.isCurrent, "libpq must run on the connection's thread, not Swift's cooperative pool")
        return try body()
    }

    /// Runs `query` on the connection's thread, without the cancellation check: used for ROLLBACK,
    /// which must still run in a cancelled task.
    @discardableResult
    private func run(_ query: PostgresQuery) throws(PostgresError) -> PostgresRows {
        guard let handle else { throw .connectionLost(reason: "the connection is closed") }
        let parameters = try EncodedParameters(query)
        let statement =
            query.isPrepared ? try preparedStatement(query.sql, types: parameters.types, handle: handle) : nil
        let result = parameters.withPointers { pointers, lengths, formats in
            isolatedCall {
                if let statement {
                    PQexecPrepared(handle, statement, parameters.count, pointers, lengths, formats, 1)
                } else {
                    PQexecParams(handle, query.sql, parameters.count, parameters.types, pointers, lengths, formats, 1)
                }
            }
        }
        do {
            return try check(result, handle: handle)
        } catch .server(let error) where statement != nil && error.sqlState.rawValue == "0A000" {
            // "cached plan must not change result type": a table it reads was recreated with other columns.
            // Forget the statement (its name is never reused). Outside a transaction nothing was done, so
            // it runs again, prepared afresh; inside one, the transaction is lost and the caller decides.
            preparedStatements[PreparedKey(sql: query.sql, types: parameters.types)] = nil
            if transactionDepth == 0 { return try run(query) }
            throw .server(error)
        }
    }

    /// Runs `queries` in one round trip, each in a transaction of its own that commits before the next
    /// begins (libpq's pipeline mode, a sync after each): for a statement whose follow-up must not be in
    /// its transaction, such as the NOTIFY after an append, without waiting for a second round trip.
    ///
    /// - Returns: each statement's rows or error, in order; a statement's failure does not stop the next.
    package func pipelined(_ queries: [PostgresQuery]) async throws -> [Result<PostgresRows, PostgresError>] {
        try await cancellable { ticket in
            guard self.canceller.begin(ticket) else { throw CancellationError() }
            defer { self.canceller.end() }
            return try self.runPipelined(queries)
        }
    }

    private func runPipelined(_ queries: [PostgresQuery]) throws(PostgresError) -> [Result<PostgresRows, PostgresError>]
    {
        guard let handle else { throw .connectionLost(reason: "the connection is closed") }
        guard transactionDepth == 0 else {
            preconditionFailure("pipelined statements run in transactions of their own, not inside one")
        }
        // Everything that can fail before the server sees a statement fails here, outside pipeline mode.
        var encoded: [(parameters: EncodedParameters, statement: String?)] = []
        for query in queries {
            let parameters = try EncodedParameters(query)
            let statement =
                query.isPrepared ? try preparedStatement(query.sql, types: parameters.types, handle: handle) : nil
            encoded.append((parameters, statement))
        }
        guard isolatedCall({ PQenterPipelineMode(handle) }) == 1 else {
            throw lost(Self.trimmed(PQerrorMessage(handle)) ?? "could not enter pipeline mode")
        }
        // Not after a lost connection: lost() has finished the session and `handle` is freed.
        defer { if self.handle != nil { _ = PQexitPipelineMode(handle) } }
        for (query, (parameters, statement)) in zip(queries, encoded) {
            let sent = parameters.withPointers { pointers, lengths, formats in
                isolatedCall {
                    if let statement {
                        PQsendQueryPrepared(handle, statement, parameters.count, pointers, lengths, formats, 1)
                    } else {
                        PQsendQueryParams(
                            handle, query.sql, parameters.count, parameters.types, pointers, lengths, formats, 1)
                    }
                }
            }
            guard sent == 1, PQpipelineSync(handle) == 1 else {
                throw lost(Self.trimmed(PQerrorMessage(handle)) ?? "could not send a pipelined statement")
            }
        }
        var results: [Result<PostgresRows, PostgresError>] = []
        for _ in queries {
            // One result for the statement, the end of its results, then its sync.
            let result = isolatedCall { PQgetResult(handle) }
            if let result, PQresultStatus(result) == PGRES_PIPELINE_ABORTED {
                PQclear(result)
                results.append(.failure(.connectionLost(reason: "the pipeline was aborted")))
            } else {
                do {
                    results.append(.success(try check(result, handle: handle)))
                } catch {
                    if case .connectionLost = error { throw error }
                    results.append(.failure(error))
                }
            }
            while let rest = isolatedCall({ PQgetResult(handle) }) { PQclear(rest) }  // to the end of its results
            while let sync = isolatedCall({ PQgetResult(handle) }) {
                let status = PQresultStatus(sync)
                PQclear(sync)
                if status == PGRES_PIPELINE_SYNC { break }
            }
            if PQstatus(handle) == CONNECTION_BAD {
                throw lost(Self.trimmed(PQerrorMessage(handle)) ?? "the server closed the connection")
            }
        }
        return results
    }

    /// The name of `sql` prepared on this session with these parameter types, preparing it first if it
    /// is new; `nil` (run it unprepared) once the session holds ``preparedStatementLimit`` statements.
    private func preparedStatement(_ sql: String, types: [Oid], handle: OpaquePointer) throws(PostgresError)
        -> String?
    {
        let key = PreparedKey(sql: sql, types: types)
        if let name = preparedStatements[key] { return name }
        guard preparedStatements.count < Self.preparedStatementLimit else { return nil }
        preparedStatementsMade += 1
        let name = "tredjekraft_\(preparedStatementsMade)"
        let result = isolatedCall { PQprepare(handle, name, sql, Int32(types.count), types) }
        _ = try check(result, handle: handle)  // the rows free the result
        preparedStatements[key] = name
        return name
    }

    private func check(_ result: OpaquePointer?, handle: OpaquePointer) throws(PostgresError) -> PostgresRows {
        guard let result else {
            let reason = Self.trimmed(PQerrorMessage(handle)) ?? "no result"
            if PQstatus(handle) == CONNECTION_BAD { throw lost(reason) }
            throw .server(ServerError(sqlState: SQLState(rawValue: "XX000"), severity: "ERROR", message: reason))
        }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return PostgresRows(result: result)
        default:
            let error = Self.serverError(from: result, handle: handle)
            PQclear(result)
            if PQstatus(handle) == CONNECTION_BAD || error.sqlState.endsSession {
                throw lost(error.message)
            }
            throw .server(error)
        }
    }

    private func lost(_ reason: String) -> PostgresError {
        closeOnThread()
        return .connectionLost(reason: reason)
    }

    // MARK: Transactions

    /// How a transaction sees concurrent ones.
    package enum IsolationLevel: String, Sendable {
        case readCommitted = "READ COMMITTED"
        case repeatableRead = "REPEATABLE READ"
        case serializable = "SERIALIZABLE"
    }

    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws or the task is
    /// cancelled.
    ///
    /// Nested calls become savepoints, so a helper that needs atomicity can be called both inside and
    /// outside a larger transaction; `isolation` and `readOnly` apply only to the outermost one (a
    /// read-only transaction is begun so in the same statement, without a round trip of its own).
    @discardableResult
    package func withTransaction<Value>(
        isolation level: IsolationLevel = .readCommitted, readOnly: Bool = false,
        _ body: (PostgresConnection) async throws -> Value
    ) async throws -> Value {
        try Task.checkCancellation()
        let depth = try await onThread { try self.begin(level, readOnly: readOnly) }
        let value: Value
        do {
            value = try await body(self)
            try Task.checkCancellation()
        } catch {
            // Runs even in a cancelled task: nothing here checks for cancellation.
            _ = try? await onThread { self.rollback(depth) }
            throw error
        }
        try await onThread { try self.commit(depth) }
        return value
    }

    /// Whether a transaction is open on this session (0 when none, 2 inside a savepoint).
    package var transactionNesting: Int {
        get async { (try? await onThread { self.transactionDepth }) ?? 0 }
    }

    private func begin(_ level: IsolationLevel, readOnly: Bool) throws -> Int {
        let depth = transactionDepth + 1
        if depth == 1 {
            try run(PostgresQuery(unsafeSQL: "BEGIN ISOLATION LEVEL \(level.rawValue)\(readOnly ? " READ ONLY" : "")"))
        } else {
            try run(PostgresQuery(unsafeSQL: "SAVEPOINT tredjekraft_\(depth)"))
        }
        transactionDepth = depth
        return depth
    }

    private func commit(_ depth: Int) throws {
        precondition(transactionDepth == depth, "transactions must end in the order they began")
        transactionDepth = depth - 1
        if depth == 1 {
            try run("COMMIT")
        } else {
            try run(PostgresQuery(unsafeSQL: "RELEASE SAVEPOINT tredjekraft_\(depth)"))
        }
    }

    private func rollback(_ depth: Int) {
        guard transactionDepth >= depth else { return }
        transactionDepth = depth - 1
        if depth == 1 {
            _ = try? run("ROLLBACK")
        } else {
            _ = try? run(PostgresQuery(unsafeSQL: "ROLLBACK TO SAVEPOINT tredjekraft_\(depth)"))
            _ = try? run(PostgresQuery(unsafeSQL: "RELEASE SAVEPOINT tredjekraft_\(depth)"))
        }
    }

    // MARK: Health

    /// Whether the session can be handed to the next user: open, idle, not in a transaction.
    ///
    /// Reads whatever the server sent while the session was idle, so a backend that was terminated
    /// (its farewell error and end-of-file are waiting in the socket) is noticed here, before a caller
    /// gets it.
    func isReusable() async -> Bool {
        (try? await onThread { self.checkReusable() }) ?? false
    }

    private func checkReusable() -> Bool {
        guard let handle, PQstatus(handle) == CONNECTION_OK else { return false }
        // An idle session that is not listening receives nothing — except a terminated backend's
        // farewell error, whose end-of-file may follow a moment later. Anything waiting is a sign of
        // that: the session is not trusted with the next caller's work.
        var descriptor = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
        if poll(&descriptor, 1, 0) > 0 {
            closeOnThread()
            return false
        }
        switch PQtransactionStatus(handle) {
        case PQTRANS_IDLE:
            return transactionDepth == 0
        case PQTRANS_INTRANS, PQTRANS_INERROR:
            transactionDepth = 0
            return (try? run("ROLLBACK")) != nil
        default:
            return false
        }
    }

    /// True when called on this connection's own thread; tests use it to prove libpq stays off the
    /// cooperative pool.
    func runsOnOwnThread() async throws -> Bool {
        try await cancellable { _ in ConnectionThread.isCurrent }
    }

    /// Whether the session is still open (it may still turn out dead on next use).
    package var isOpen: Bool {
        get async {
            (try? await onThread { self.handle.map { PQstatus($0) == CONNECTION_OK } ?? false }) ?? false
        }
    }

    // MARK: Notifications

    /// Subscribes this session to `channel` (LISTEN).
    package func listen(_ channel: String) async throws {
        try await query(PostgresQuery(unsafeSQL: "LISTEN " + PostgresQuery.quoteIdentifier(channel)))
    }

    /// Ends the subscription to `channel` (UNLISTEN).
    package func unlisten(_ channel: String) async throws {
        try await query(PostgresQuery(unsafeSQL: "UNLISTEN " + PostgresQuery.quoteIdentifier(channel)))
    }

    /// Waits for the next notification on a channel this session listens to.
    ///
    /// - Parameter timeout: how long to wait; `nil` waits until one arrives or the task is cancelled.
    /// - Returns: the notification, or `nil` when the timeout passed first.
    /// - Throws: `CancellationError` when the task is cancelled while waiting,
    ///   ``PostgresError/connectionLost(reason:)`` when the session ends (notifications sent meanwhile
    ///   are lost: callers keep a polling safety net).
    package func nextNotification(timeout: Duration? = nil) async throws -> PostgresNotification? {
        try Task.checkCancellation()
        let wakeup = self.wakeup
        wakeup.reset()
        return try await withTaskCancellationHandler {
            try await onThread { try self.waitForNotification(timeout: timeout) }
        } onCancel: {
            wakeup.cancel()
        }
    }

    /// Notifications as an asynchronous sequence; it ends when the task is cancelled.
    package var notifications: PostgresNotificationSequence {
        PostgresNotificationSequence(connection: self)
    }

    private func waitForNotification(timeout: Duration?) throws -> PostgresNotification? {
        if !pendingNotifications.isEmpty { return pendingNotifications.removeFirst() }
        guard !isWaitingForNotification else { throw PostgresError.concurrentWait }
        isWaitingForNotification = true
        defer { isWaitingForNotification = false }
        let deadline = timeout.map { ContinuousClock.now + $0 }
        while true {
            if wakeup.isCancelled { throw CancellationError() }
            guard let handle else { throw PostgresError.connectionLost(reason: "the connection is closed") }
            if let notification = takeNotification(handle) { return notification }
            var milliseconds: Int32 = -1
            if let deadline {
                let remaining = ContinuousClock.now.duration(to: deadline)
                if remaining <= .zero { return nil }
                let (seconds, attoseconds) = remaining.components
                milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            }
            var descriptors = [
                pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeup.readEnd, events: Int16(POLLIN), revents: 0),
            ]
            let ready = isolatedCall { poll(&descriptors, 2, milliseconds) }
            if ready < 0 {
                if errno == EINTR { continue }
                throw lost("poll(2) failed: errno \(errno)")
            }
            if descriptors[1].revents != 0 { wakeup.drain() }
            if descriptors[0].revents != 0 {
                if PQconsumeInput(handle) == 0 || PQstatus(handle) == CONNECTION_BAD {
                    throw lost(Self.trimmed(PQerrorMessage(handle)) ?? "the server closed the connection")
                }
            }
        }
    }

    private func takeNotification(_ handle: OpaquePointer) -> PostgresNotification? {
        guard let raw = PQnotifies(handle) else { return nil }
        defer { PQfreemem(raw) }
        return PostgresNotification(
            channel: String(cString: raw.pointee.relname),
            payload: String(cString: raw.pointee.extra),
            backendPID: raw.pointee.be_pid)
    }

    // MARK: Helpers

    private static func serverError(from result: OpaquePointer, handle: OpaquePointer) -> ServerError {
        func field(_ code: Int32) -> String? {
            guard let value = PQresultErrorField(result, code) else { return nil }
            return String(cString: value)
        }
        let message =
            field(Int32(UInt8(ascii: "M"))) ?? trimmed(PQresultErrorMessage(result))
            ?? trimmed(PQerrorMessage(handle)) ?? "unknown error"
        return ServerError(
            sqlState: SQLState(rawValue: field(Int32(UInt8(ascii: "C"))) ?? "XX000"),
            severity: field(Int32(UInt8(ascii: "V"))) ?? "ERROR",
            message: message,
            detail: field(Int32(UInt8(ascii: "D"))),
            hint: field(Int32(UInt8(ascii: "H"))),
            schema: field(Int32(UInt8(ascii: "s"))),
            table: field(Int32(UInt8(ascii: "t"))),
            column: field(Int32(UInt8(ascii: "c"))),
            constraint: field(Int32(UInt8(ascii: "n"))))
    }

    private static func trimmed(_ text: UnsafePointer<CChar>?) -> String? {
        guard let text else { return nil }
        let value = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    private static func describeTarget(_ connection: OpaquePointer) -> String {
        func value(_ text: UnsafeMutablePointer<CChar>?) -> String {
            text.map { String(cString: $0) } ?? ""
        }
        let host = value(PQhost(connection))
        let port = value(PQport(connection))
        let database = value(PQdb(connection))
        let user = value(PQuser(connection))
        let place = host.hasPrefix("/") ? "socket \(host)/.s.PGSQL.\(port)" : "\(host):\(port)"
        return "\(place) database \"\(database)\" as \"\(user)\""
    }

    static func hint(for reason: String) -> String? {
        let text = reason.lowercased()
        if text.contains("password authentication failed") {
            return "check the password in the connection string, PGPASSWORD or ~/.pgpass"
        }
        if text.contains("no password supplied") {
            return "the server asks for a password: add it to ~/.pgpass or the connection string"
        }
        if text.contains("no such file or directory") {
            return "is PostgreSQL running, and does host= name the directory that holds its socket?"
        }
        if text.contains("connection refused") {
            return "is PostgreSQL running and listening on that host and port?"
        }
        if text.contains("database") && text.contains("does not exist") {
            return "create the database, or correct dbname= in the connection string"
        }
        if text.contains("role") && text.contains("does not exist") {
            return "create the role, or correct user= in the connection string"
        }
        if text.contains("pg_hba.conf") {
            return "the server's pg_hba.conf does not allow this user, database or address"
        }
        if text.contains("invalid connection option") || text.contains("missing \"=\"")
            || text.contains("invalid uri") || text.contains("invalid percent-encoded")
            || text.contains("unterminated quoted string") || text.contains("invalid integer value")
        {
            return "the connection string is malformed; see libpq's \"Connection Strings\" documentation"
        }
        if text.contains("could not translate host name") {
            return "the host name does not resolve; check host= and DNS"
        }
        if text.contains("timeout expired") {
            return "the server did not answer in time; check the network and connect_timeout"
        }
        return nil
    }
}

/// A message sent with NOTIFY.
package struct PostgresNotification: Sendable, Equatable {
    package var channel: String
    package var payload: String
    /// The server process of the session that sent it.
    package var backendPID: Int32
}

/// Notifications of one listening session, until the consuming task is cancelled.
package struct PostgresNotificationSequence: AsyncSequence, Sendable {
    package typealias Element = PostgresNotification
    let connection: PostgresConnection

    package struct AsyncIterator: AsyncIteratorProtocol {
        let connection: PostgresConnection

        package mutating func next() async throws -> PostgresNotification? {
            do {
                return try await connection.nextNotification()
            } catch is CancellationError {
                return nil
            }
        }
    }

    package func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(connection: connection)
    }
}

/// Routes the server's notices and warnings to the log instead of libpq's default, stderr.
final class NoticeSink: Sendable {
    let logger: Logger
    init(logger: Logger) { self.logger = logger }
}

private func noticeReceiver(_ context: UnsafeMutableRawPointer?, _ result: OpaquePointer?) {
    guard let context, let result, let message = PQresultErrorMessage(result) else { return }
    let sink = Unmanaged<NoticeSink>.fromOpaque(context).takeUnretainedValue()
    sink.logger.debug("\(String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines))")
}

private func withCStringArray<Result>(
    _ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> Result
) -> Result {
    let duplicates = strings.map { strdup($0) }
    defer { for duplicate in duplicates { free(duplicate) } }
    let pointers: [UnsafePointer<CChar>?] = duplicates.map { UnsafePointer($0) } + [nil]
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}

extension Logger {
    /// A logger that discards everything, for callers that pass none.
    package static var postgresNoOp: Logger {
        Logger(label: "postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    }
}

/// A statement's parameters in libpq's binary form: types, and the values in one buffer.
private struct EncodedParameters {
    var types: [Oid] = []
    var lengths: [Int32] = []
    var offsets: [Int?] = []
    var blob: [UInt8] = []

    var count: Int32 { Int32(types.count) }

    /// PostgreSQL's own limits: 65,535 parameters in a statement, 1 GB in a field. Checked here so that
    /// the counts libpq takes as 32-bit integers always fit.
    static let maximumParameters = 65_535
    static let maximumValueBytes = 1 << 30

    init(_ query: PostgresQuery) throws(PostgresError) {
        if query.sql.utf8.contains(0) {
            throw .invalidParameter(index: 0, reason: "the SQL text contains a NUL byte")
        }
        guard query.bindings.count <= Self.maximumParameters else {
            throw .invalidParameter(
                index: Self.maximumParameters + 1,
                reason: "a statement takes at most \(Self.maximumParameters) parameters, not \(query.bindings.count)")
        }
        types.reserveCapacity(query.bindings.count)
        for value in query.bindings.values {
            switch value {
            case .failed(let error):
                throw error
            case .encoded(let type, let bytes):
                types.append(type.rawValue)
                if let bytes {
                    guard bytes.count < Self.maximumValueBytes else {
                        throw .invalidParameter(
                            index: types.count,
                            reason: "a value of \(bytes.count) bytes is larger than PostgreSQL's limit of 1 GB")
                    }
                    offsets.append(blob.count)
                    lengths.append(Int32(bytes.count))
                    blob += bytes
                } else {
                    offsets.append(nil)
                    lengths.append(0)
                }
            }
        }
        blob.append(0)  // never empty, so `baseAddress` below is never nil
    }

    /// Calls `body` with pointers to the values (binary format, one per parameter).
    func withPointers<Value>(
        _ body: ([UnsafePointer<CChar>?], [Int32], [Int32]) -> Value
    ) -> Value {
        let formats = [Int32](repeating: 1, count: types.count)
        return blob.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            return body(offsets.map { offset in offset.map { base + $0 } }, lengths, formats)
        }
    }
}
