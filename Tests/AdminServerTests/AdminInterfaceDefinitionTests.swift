import AdminProtocol
import Foundation
import Testing
import Varlink

@testable import AdminServer

/// The interface definition is the contract; the daemon serves the file's bytes, compiled in.
@Suite struct AdminInterfaceDefinitionTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/AdminServer/io.tredjekraft.admin.varlink")

    @Test func theEmbeddedTextIsTheFile() throws {
        #expect(AdminInterfaceDefinition.text == (try String(contentsOf: Self.file, encoding: .utf8)))
    }

    @Test func theServedDescriptionIsTheFile() async throws {
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        try await AdminHarness.with { admin in
            let reply = try await VarlinkClient.withConnection(unixSocketPath: admin.socketPath) { client in
                try await client.call(
                    "org.varlink.service.GetInterfaceDescription",
                    parameters: ["interface": .string(AdminMethod.interfaceName)])
            }
            #expect(reply["description"]?.stringValue == text)
        }
    }

    @Test func everyDeclaredMethodIsNamedInAdminMethod() throws {
        let interface = try VarlinkInterface(definition: AdminInterfaceDefinition.text)
        #expect(interface.name == AdminMethod.interfaceName)
        #expect(interface.declaredMethods == Set(AdminMethod.allCases.map(\.rawValue)))
    }
}
