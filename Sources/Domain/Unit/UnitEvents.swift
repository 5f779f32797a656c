/// A unit (verksamhet) was registered.
public struct UnitRegistered: EventPayload {
    public static let eventType = "UnitRegistered"
    public static let schemaVersion = 1
    /// Name, e.g. "Vuxenstöd Lund".
    public var name: String
    public init(name: String) { self.name = name }
}

/// A unit got a new name (organisations change names; its history stays).
public struct UnitRenamed: EventPayload {
    public static let eventType = "UnitRenamed"
    public static let schemaVersion = 1
    public var name: String
    public init(name: String) { self.name = name }
}

/// Everything that can happen to a unit.
public enum UnitEvent: Equatable, Sendable {
    case registered(UnitRegistered)
    case renamed(UnitRenamed)
}
