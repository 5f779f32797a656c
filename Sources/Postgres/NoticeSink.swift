import CLibPQ
import Foundation
import Logging

/// Routes the server's notices and warnings to the log instead of libpq's default, stderr.
final class NoticeSink: Sendable {
    let logger: Logger
    init(logger: Logger) { self.logger = logger }
}

func noticeReceiver(_ context: UnsafeMutableRawPointer?, _ result: OpaquePointer?) {
    guard let context, let result, let message = PQresultErrorMessage(result) else { return }
    let sink = Unmanaged<NoticeSink>.fromOpaque(context).takeUnretainedValue()
    sink.logger.debug("\(String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines))")
}
