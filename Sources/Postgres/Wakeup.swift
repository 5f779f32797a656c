import Glibc
import Synchronization

/// Interrupts a connection thread's `poll(2)` wait for notifications when the waiting task is
/// cancelled: a flag says why, a pipe wakes the thread.
final class Wakeup: Sendable {
    let readEnd: Int32
    private let writeEnd: Int32
    private let cancelled = Atomic<Bool>(false)

    init() {
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) != 0 { fatalError("pipe(2) failed: errno \(errno)") }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readEnd = fds[0]
        writeEnd = fds[1]
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    /// Called from the cancelling task's thread.
    func cancel() {
        cancelled.store(true, ordering: .sequentiallyConsistent)
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// True once the current wait was cancelled.
    var isCancelled: Bool { cancelled.load(ordering: .sequentiallyConsistent) }

    /// Starts a new wait: forgets earlier cancellations and drains the pipe.
    func reset() {
        cancelled.store(false, ordering: .sequentiallyConsistent)
        drain()
    }

    func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(readEnd, &buffer, buffer.count) > 0 {}
    }
}
