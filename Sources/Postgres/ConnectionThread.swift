import Foundation

/// A serial executor that owns one operating-system thread.
///
/// libpq's calls block (network round trips, fsync waits on the server). Swift's cooperative pool has
/// one thread per core — two here — so a single blocking call there would stall the whole daemon. Each
/// ``PostgresConnection`` is an actor whose executor is one of these threads: every libpq call made by
/// the actor runs on the connection's own thread, and callers simply `await` it.
final class ConnectionThread: SerialExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
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

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// Lets the thread finish the jobs already queued, then exit.
    func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
    }

    private func run() {
        Thread.current.threadDictionary[Self.marker] = true
        var batch: [UnownedJob] = []
        while true {
            condition.lock()
            while jobs.isEmpty && !stopping { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            swap(&batch, &jobs)
            condition.unlock()
            for job in batch { job.runSynchronously(on: asUnownedSerialExecutor()) }
            batch.removeAll(keepingCapacity: true)
        }
    }
}
