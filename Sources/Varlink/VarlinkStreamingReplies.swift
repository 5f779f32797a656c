/// Lets a streaming handler send intermediate replies (`continues: true`) before it returns the last one.
///
/// Sends are dropped when the caller did not ask for `more` (it expects a single reply) or called
/// `oneway`, so a handler need not check the flags itself.
package struct VarlinkStreamingReplies: Sendable {
    let sink: @Sendable (VarlinkObject) async throws -> Void
    /// Whether intermediate replies reach the caller at all.
    package let isStreaming: Bool

    init(isStreaming: Bool, sink: @escaping @Sendable (VarlinkObject) async throws -> Void) {
        self.isStreaming = isStreaming
        self.sink = sink
    }

    /// Sends one intermediate reply. Suspends while the connection's write buffer is full.
    package func send(_ parameters: some Encodable) async throws {
        guard isStreaming else { return }
        let value = try VarlinkValue(encoding: parameters)
        guard let object = value.objectValue else {
            throw VarlinkError.invalidParameter("reply parameters must encode to a JSON object")
        }
        try await sink(object)
    }
}
