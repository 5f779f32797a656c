/// The `.varlink` text given for an interface cannot be used.
package struct VarlinkInterfaceDefinitionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with it.
    package var reason: String
    package var description: String { "invalid Varlink interface definition: \(reason)" }
}
