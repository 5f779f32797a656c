#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A Varlink error reply: a fully qualified error name and its parameters.
///
/// Handlers throw it to send an error reply the caller can act on; the client throws it
/// (wrapped in ``VarlinkClientError/remote(_:)``) when the service replied with an error.
package struct VarlinkError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The fully qualified error name, e.g. `org.varlink.service.InvalidParameter`.
    package var name: String
    /// The error's parameters, as declared by the `error` line in the interface definition.
    package var parameters: VarlinkObject

    package init(name: String, parameters: VarlinkObject = [:]) {
        self.name = name
        self.parameters = parameters
    }

    /// Builds an error whose parameters come from an `Encodable` value.
    package init(name: String, encoding parameters: some Encodable) throws {
        self.name = name
        self.parameters = try VarlinkValue(encoding: parameters).objectValue ?? [:]
    }

    package var description: String {
        if parameters.isEmpty { return name }
        let rendered = parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\(render($0.value))" }
        return "\(name)(\(rendered.joined(separator: ", ")))"
    }

    private func render(_ value: VarlinkValue) -> String {
        switch value {
        case .string(let string): return string
        case .int(let int): return String(int)
        case .double(let double): return String(double)
        case .bool(let bool): return String(bool)
        case .null: return "null"
        case .array, .object:
            return (try? String(decoding: VarlinkJSON.encoder().encode(value), as: UTF8.self)) ?? "?"
        }
    }

    // MARK: Standard errors of org.varlink.service

    /// The prefix of the standard errors.
    package static let serviceInterface = "org.varlink.service"

    /// No interface of that name is served here.
    package static func interfaceNotFound(_ interface: String) -> VarlinkError {
        VarlinkError(name: "org.varlink.service.InterfaceNotFound", parameters: ["interface": .string(interface)])
    }

    /// The interface exists but declares no such method.
    package static func methodNotFound(_ method: String) -> VarlinkError {
        VarlinkError(name: "org.varlink.service.MethodNotFound", parameters: ["method": .string(method)])
    }

    /// The interface declares the method but no handler was registered for it.
    package static func methodNotImplemented(_ method: String) -> VarlinkError {
        VarlinkError(name: "org.varlink.service.MethodNotImplemented", parameters: ["method": .string(method)])
    }

    /// A parameter is missing or has the wrong type; `parameter` names it so the caller can fix it.
    package static func invalidParameter(_ parameter: String) -> VarlinkError {
        VarlinkError(name: "org.varlink.service.InvalidParameter", parameters: ["parameter": .string(parameter)])
    }

    /// The caller (identified by its peer credentials) may not do this.
    package static let permissionDenied = VarlinkError(name: "org.varlink.service.PermissionDenied")

    /// The method streams its replies and must be called with `more: true`.
    package static let expectedMore = VarlinkError(name: "org.varlink.service.ExpectedMore")
}
