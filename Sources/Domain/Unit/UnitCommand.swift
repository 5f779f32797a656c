/// What a coordinator can ask of a unit.
public enum UnitCommand: Equatable, Sendable {
    /// Register a unit with its name.
    case register(name: String)
    /// Give the unit a new name.
    case rename(name: String)
}
