import AdminProtocol
import Varlink

/// A connection of ``AdminSession/withConnection(_:)``: calls one after the other on it.
struct AdminConnection {
    let client: VarlinkClient

    func call(_ method: AdminMethod, _ parameters: some Encodable) async throws -> VarlinkObject {
        try await client.call(method.qualifiedName, parameters: VarlinkClient.object(from: parameters))
    }
}
