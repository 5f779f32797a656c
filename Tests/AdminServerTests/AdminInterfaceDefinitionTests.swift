import AdminProtocol
import Foundation
import Testing
import Varlink

@testable import AdminServer

/// The interface definition is the contract; the daemon serves an embedded copy of it.
@Suite struct AdminInterfaceDefinitionTests {
    @Test func embeddedCopyMatchesTheFile() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/AdminServer/io.tredjekraft.admin.varlink")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(AdminInterfaceDefinition.text == text, "run ops/lib/embed-admin-interface.sh")
    }

    @Test func everyDeclaredMethodIsNamedInAdminMethod() throws {
        let interface = try VarlinkInterface(definition: AdminInterfaceDefinition.text)
        #expect(interface.name == AdminMethod.interfaceName)
        #expect(interface.declaredMethods == Set(AdminMethod.allCases.map(\.rawValue)))
    }
}
