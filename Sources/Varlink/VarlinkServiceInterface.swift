/// The `org.varlink.service` interface every Varlink service provides: it tells a client what the
/// service is and hands out the definition text of each interface, so generic tools
/// (`python -m varlink.cli`, `varlinkctl`) can call methods without prior knowledge.
enum VarlinkServiceInterface {
    static let name = "org.varlink.service"

    static let definition = """
        # The Varlink Service Interface is provided by every varlink service. It
        # describes the service and the interfaces it implements.
        interface org.varlink.service

        # Get a list of all the interfaces a service provides and information
        # about the implementation.
        method GetInfo() -> (
          vendor: string,
          product: string,
          version: string,
          url: string,
          interfaces: []string
        )

        # Get the description of an interface that is implemented by this service.
        method GetInterfaceDescription(interface: string) -> (description: string)

        # The requested interface was not found.
        error InterfaceNotFound (interface: string)

        # The requested method was not found
        error MethodNotFound (method: string)

        # The interface defines the requested method, but the service does not
        # implement it.
        error MethodNotImplemented (method: string)

        # One of the passed parameters is invalid.
        error InvalidParameter (parameter: string)

        # Client is denied access
        error PermissionDenied ()

        # Method is expected to be called with 'more' set to true, but wasn't
        error ExpectedMore ()

        """

    struct Info: Codable, Sendable {
        var vendor: String
        var product: String
        var version: String
        var url: String
        var interfaces: [String]
    }

    struct DescriptionRequest: Decodable {
        var interface: String
    }

    struct Description: Encodable {
        var description: String
    }

    /// Builds the interface for a server that serves `interfaces` (not including this one).
    static func make(info: VarlinkServer.ServiceInfo, interfaces: [VarlinkInterface]) -> VarlinkInterface {
        var definitions: [String: String] = [name: definition]
        for interface in interfaces { definitions[interface.name] = interface.definition }
        let reply = Info(
            vendor: info.vendor, product: info.product, version: info.version, url: info.url,
            interfaces: [name] + interfaces.map(\.name))
        let frozenDefinitions = definitions

        var service = try! VarlinkInterface(definition: definition)
        service.addMethod("GetInfo") { _ in reply }
        service.addMethod("GetInterfaceDescription", parameters: DescriptionRequest.self) { request, _ in
            guard let text = frozenDefinitions[request.interface] else {
                throw VarlinkError.interfaceNotFound(request.interface)
            }
            return Description(description: text)
        }
        return service
    }
}
