/// Why ``VarlinkRelay`` could not start relaying, beside ``VarlinkClientError``'s connection failures.
package enum VarlinkRelayError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Standard input or output is a regular file or a directory, which cannot be watched for data.
    case unsupportedStandardStreams(reason: String)

    package var description: String {
        switch self {
        case .unsupportedStandardStreams(let reason):
            "standard input and output must be pipes, sockets or terminals: \(reason)"
        }
    }
}
