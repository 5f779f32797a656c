import CLibPQ
import Dispatch
import Synchronization

/// Asks the server to cancel the statement a connection is running, from any thread.
///
/// Task cancellation must reach a statement that blocks the connection's own thread, so this holds
/// libpq's thread-safe `PGcancel` object apart from the connection. Sending the request opens a short
/// connection to the server, so it runs on a dispatch queue rather than the cancelling task's thread.
final class Canceller: Sendable {
    private struct Handle: @unchecked Sendable { let pointer: OpaquePointer }
    private let handle = Mutex<Handle?>(nil)

    func set(from connection: OpaquePointer) {
        let fresh = PQgetCancel(connection).map(Handle.init)
        let old = handle.withLock { current in
            defer { current = fresh }
            return current
        }
        if let old { PQfreeCancel(old.pointer) }
    }

    func clear() {
        if let old = handle.withLock({ current in defer { current = nil }; return current }) {
            PQfreeCancel(old.pointer)
        }
    }

    func cancel() {
        DispatchQueue.global().async { [self] in
            handle.withLock { current in
                guard let current else { return }
                var buffer = [CChar](repeating: 0, count: 256)
                _ = PQcancel(current.pointer, &buffer, Int32(buffer.count))
            }
        }
    }
}
