#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One call as a handler sees it: the method, its parameters and who made it.
///
/// The peer credentials come from the socket, so a handler can decide what the caller may do
/// (throw ``VarlinkError/permissionDenied`` otherwise).
package struct VarlinkCall: Sendable {
    /// The fully qualified method name, e.g. `org.example.ping.Ping`.
    package let method: String
    /// The interface part of ``method``, e.g. `org.example.ping`.
    package let interface: String
    /// The method part of ``method``, e.g. `Ping`.
    package let methodName: String
    /// The parameters as sent; empty when they were missing, `null` or `{}`.
    package let parameters: VarlinkObject
    /// The caller wants no reply.
    package let oneway: Bool
    /// The caller accepts a stream of replies.
    package let more: Bool
    /// Who made the call.
    package let peer: VarlinkPeerCredentials

    /// The raw JSON of the parameters object, decoded lazily into the handler's own type.
    let parametersJSON: Data

    package init(
        method: String, parameters: VarlinkObject = [:], oneway: Bool = false, more: Bool = false,
        peer: VarlinkPeerCredentials
    ) {
        self.method = method
        let split = VarlinkCall.split(method)
        self.interface = split?.interface ?? ""
        self.methodName = split?.method ?? method
        self.parameters = parameters
        self.oneway = oneway
        self.more = more
        self.peer = peer
        self.parametersJSON = (try? VarlinkJSON.encoder().encode(parameters)) ?? Data("{}".utf8)
    }

    /// Decodes the parameters into `T`. A missing parameter or a wrong type becomes
    /// `org.varlink.service.InvalidParameter` naming the parameter (dotted path for nested ones).
    package func decodeParameters<T: Decodable>(_ type: T.Type = T.self) throws(VarlinkError) -> T {
        do {
            return try VarlinkJSON.decoder().decode(T.self, from: parametersJSON)
        } catch let error as DecodingError {
            throw .invalidParameter(Self.parameterName(of: error))
        } catch {
            throw .invalidParameter("parameters")
        }
    }

    static func parameterName(of error: DecodingError) -> String {
        let path: [any CodingKey]
        switch error {
        case .keyNotFound(let key, let context): path = context.codingPath + [key]
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        @unknown default: path = []
        }
        let name = path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        return name.isEmpty ? "parameters" : name
    }

    /// Splits `a.b.c.Method` into (`a.b.c`, `Method`); nil when there is no interface part.
    static func split(_ method: String) -> (interface: String, method: String)? {
        guard let dot = method.lastIndex(of: "."), dot != method.startIndex,
            method.index(after: dot) != method.endIndex
        else { return nil }
        return (String(method[..<dot]), String(method[method.index(after: dot)...]))
    }
}
