import Foundation

/// One operating-system thread that runs a connection's libpq calls, one after another.
///
/// libpq's calls block (network round trips, waits for the server). Swift's cooperative pool has one
/// thread per core — two here — so a single blocking call there would stall the whole daemon. Each
/// ``PostgresConnection`` hands its work to a thread of its own and its callers simply `await` it.
final class ConnectionThread: @unchecked Sendable {
    private let condition = NSCondition()
    private var work: [@Sendable () -> Void] = []
    private var stopping = false

    private static let marker = "se.tredjekraft.postgres.connection-thread"

    init(name: String) {
        let thread = Thread { [self] in self.run() }
        thread.name = name
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// True when the caller runs on some connection's thread; tests use it to prove where libpq runs.
    static var isCurrent: Bool {
        Thread.current.threadDictionary[marker] as? Bool == true
    }

    /// Runs `body` on the thread after everything submitted before it.
    func submit(_ body: @escaping @Sendable () -> Void) {
        condition.lock()
        work.append(body)
        condition.signal()
        condition.unlock()
    }

    /// Lets the thread finish what was submitted, then exit.
    func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
    }

    private func run() {
        Thread.current.threadDictionary[Self.marker] = true
        var batch: [@Sendable () -> Void] = []
        while true {
            condition.lock()
            while work.isEmpty && !stopping { condition.wait() }
            if work.isEmpty {
                condition.unlock()
                return
            }
            swap(&batch, &work)
            condition.unlock()
            for body in batch { body() }
            batch.removeAll(keepingCapacity: true)
        }
    }
}
