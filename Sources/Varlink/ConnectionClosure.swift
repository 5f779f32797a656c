import NIOCore
import Synchronization

/// Waits, cancellably, for a connection to close.
///
/// `EventLoopFuture.get()` ignores task cancellation, so a task waiting on `closeFuture` would keep
/// its task group alive after the call it watched had finished. This wait ends either way.
enum ConnectionClosure {
    /// Returns when `closeFuture` completes; throws `CancellationError` when the task is cancelled first.
    static func wait(for closeFuture: EventLoopFuture<Void>) async throws {
        let slot = Mutex<(continuation: CheckedContinuation<Void, any Error>?, done: Bool)>((nil, false))
        @Sendable func finish(_ result: Result<Void, any Error>) {
            let continuation = slot.withLock { state -> CheckedContinuation<Void, any Error>? in
                state.done = true
                defer { state.continuation = nil }
                return state.continuation
            }
            continuation?.resume(with: result)
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let alreadyDone = slot.withLock { state in
                    if !state.done { state.continuation = continuation }
                    return state.done
                }
                if alreadyDone {
                    continuation.resume(throwing: CancellationError())
                    return
                }
                closeFuture.whenComplete { _ in finish(.success(())) }
            }
        } onCancel: {
            finish(.failure(CancellationError()))
        }
    }
}
