/// The text of `io.tredjekraft.admin.varlink`, served by `org.varlink.service.GetInterfaceDescription`.
///
/// SwiftPM compiles the file's bytes into the binary (`.embedInCode` in Package.swift), so the daemon
/// serves the contract as committed, with no copy to regenerate and no resource bundle to install.
enum AdminInterfaceDefinition {
    static let text = String(decoding: PackageResources.io_tredjekraft_admin_varlink, as: UTF8.self)
}
