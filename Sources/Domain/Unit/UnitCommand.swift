/// What a coordinator can ask of a unit.
package enum UnitCommand: Equatable, Sendable {
    /// Register a unit with its name.
    case register(name: String)
    /// Give the unit a new name.
    case rename(name: String)
}
