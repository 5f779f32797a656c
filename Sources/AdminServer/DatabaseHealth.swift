import Foundation
import Logging
import Postgres
import ServiceLifecycle
import Synchronization

/// Watches whether PostgreSQL answers, so the daemon can say so instead of dying.
///
/// The pool reconnects by itself on the next use; this loop only pings (`SELECT 1`) and tracks the
/// state for `Status` and sd_notify `STATUS=`. While the database is away it pings with a growing
/// back-off (1 s doubling to 30 s), so a returning server is noticed soon but a long outage costs little.
package final class DatabaseHealth: Service, Sendable {
    /// The last known state.
    package enum State: Sendable, Hashable {
        case starting
        case ok
        case unreachable(reason: String)

        /// `starting`, `ok` or `unreachable`, as reported over the admin socket.
        package var name: String {
            switch self {
            case .starting: "starting"
            case .ok: "ok"
            case .unreachable: "unreachable"
            }
        }
    }

    /// The state and when it began.
    package struct Snapshot: Sendable, Hashable {
        package var state: State
        package var since: Date
    }

    private let pool: PostgresPool
    private let logger: Logger
    private let healthyInterval: Duration
    private let maximumBackoff: Duration
    private let current = Mutex(Snapshot(state: .starting, since: Date()))
    private let onChange: @Sendable (State) -> Void

    /// - Parameter onChange: called (from the health loop) whenever the state changes.
    package init(
        pool: PostgresPool, logger: Logger, healthyInterval: Duration = .seconds(10),
        maximumBackoff: Duration = .seconds(30), onChange: @escaping @Sendable (State) -> Void = { _ in }
    ) {
        self.pool = pool
        self.logger = logger
        self.healthyInterval = healthyInterval
        self.maximumBackoff = maximumBackoff
        self.onChange = onChange
    }

    /// The last known state.
    package var snapshot: Snapshot { current.withLock { $0 } }

    /// Pings once and records the result.
    @discardableResult
    package func check() async -> State {
        let state: State
        do {
            try await pool.query("SELECT 1")
            state = .ok
        } catch {
            state = .unreachable(reason: Self.reason(error))
        }
        record(state)
        return state
    }

    /// Records a state learned elsewhere (e.g. a failed query in a handler).
    package func record(_ state: State) {
        let changed = current.withLock { snapshot -> Bool in
            guard snapshot.state != state else { return false }
            snapshot = Snapshot(state: state, since: Date())
            return true
        }
        guard changed else { return }
        switch state {
        case .ok: logger.notice("database reachable")
        case .unreachable(let reason): logger.error("database unreachable; retrying", metadata: ["reason": "\(reason)"])
        case .starting: break
        }
        onChange(state)
    }

    package func run() async throws {
        await cancelWhenGracefulShutdown { [self] in
            var backoff = Duration.seconds(1)
            while !Task.isCancelled {
                let interval: Duration
                if case .ok = await check() {
                    backoff = .seconds(1)
                    interval = healthyInterval
                } else {
                    interval = backoff
                    backoff = min(backoff * 2, maximumBackoff)
                }
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// One line, without the password, for Status, error replies and logs: libpq's messages carry
    /// line breaks and tabs (`…failed: …\n\tIs the server running…`), so every run of white space
    /// becomes one space.
    package static func reason(_ error: any Error) -> String {
        String(describing: error).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
