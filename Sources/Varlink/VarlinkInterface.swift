/// An interface the server serves: its definition text (from a `.varlink` file) and the handlers
/// of its methods.
///
/// Register handlers with ``addMethod(_:handler:)`` (whole parameters via ``VarlinkCall``),
/// ``addMethod(_:parameters:handler:)`` (typed parameters) or
/// ``addStreamingMethod(_:parameters:requiresMore:handler:)``. A method the definition declares but
/// no handler implements answers `MethodNotImplemented`; one it doesn't declare answers `MethodNotFound`.
package struct VarlinkInterface: Sendable {
    /// What a registered method does: replies are produced through the writer.
    typealias Handler = @Sendable (VarlinkCall, VarlinkStreamingReplies) async throws -> VarlinkObject

    struct Method: Sendable {
        var requiresMore: Bool
        var handler: Handler
    }

    /// The interface name, from the `interface` line of the definition.
    package let name: String
    /// The definition text, served by `org.varlink.service.GetInterfaceDescription`.
    package let definition: String
    /// Method names declared with `method` in the definition.
    package let declaredMethods: Set<String>
    var methods: [String: Method] = [:]

    /// Creates an interface from its definition text; the name is taken from its `interface` line.
    package init(definition: String) throws(VarlinkInterfaceDefinitionError) {
        var name: String?
        var declared: Set<String> = []
        for rawLine in definition.split(whereSeparator: \.isNewline) {
            let line = rawLine.drop(while: { $0 == " " || $0 == "\t" })
            if line.hasPrefix("#") { continue }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "(" })
            guard words.count >= 2 else { continue }
            if words[0] == "interface", name == nil {
                name = String(words[1])
            } else if words[0] == "method" {
                declared.insert(String(words[1]))
            }
        }
        guard let name, VarlinkCall.split(name + ".X") != nil, !name.isEmpty else {
            throw VarlinkInterfaceDefinitionError(
                reason: "the definition has no `interface <reverse.domain.name>` line")
        }
        self.name = name
        self.definition = definition
        self.declaredMethods = declared
    }

    /// Registers a method that reads its parameters from the ``VarlinkCall`` itself.
    package mutating func addMethod<Reply: Encodable & Sendable>(
        _ method: String, handler: @escaping @Sendable (VarlinkCall) async throws -> Reply
    ) {
        methods[method] = Method(requiresMore: false) { call, _ in
            try Self.object(from: try await handler(call))
        }
    }

    /// Registers a method with typed parameters; decoding failures answer `InvalidParameter`.
    package mutating func addMethod<Parameters: Decodable & Sendable, Reply: Encodable & Sendable>(
        _ method: String, parameters: Parameters.Type,
        handler: @escaping @Sendable (Parameters, VarlinkCall) async throws -> Reply
    ) {
        methods[method] = Method(requiresMore: false) { call, _ in
            let parameters = try call.decodeParameters(Parameters.self)
            return try Self.object(from: try await handler(parameters, call))
        }
    }

    /// Registers a streaming method: intermediate replies go through `replies`, the returned value
    /// is the last reply. With `requiresMore`, a call without `more: true` answers `ExpectedMore`.
    package mutating func addStreamingMethod<Parameters: Decodable & Sendable, Reply: Encodable & Sendable>(
        _ method: String, parameters: Parameters.Type, requiresMore: Bool = true,
        handler: @escaping @Sendable (Parameters, VarlinkCall, VarlinkStreamingReplies) async throws -> Reply
    ) {
        methods[method] = Method(requiresMore: requiresMore) { call, replies in
            let parameters = try call.decodeParameters(Parameters.self)
            return try Self.object(from: try await handler(parameters, call, replies))
        }
    }

    static func object(from reply: some Encodable) throws -> VarlinkObject {
        guard let object = try VarlinkValue(encoding: reply).objectValue else {
            throw VarlinkInterfaceDefinitionError(reason: "a reply must encode to a JSON object")
        }
        return object
    }
}
