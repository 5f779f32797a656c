/// A unit (verksamhet) was registered.
package struct UnitRegistered: EventPayload {
    package static let eventType = "UnitRegistered"
    package static let schemaVersion = 1
    /// Name, e.g. "Vuxenstöd Lund".
    package var name: String
    package init(name: String) { self.name = name }
}

/// A unit got a new name (organisations change names; its history stays).
package struct UnitRenamed: EventPayload {
    package static let eventType = "UnitRenamed"
    package static let schemaVersion = 1
    package var name: String
    package init(name: String) { self.name = name }
}

/// Everything that can happen to a unit.
package enum UnitEvent: Equatable, Sendable {
    case registered(UnitRegistered)
    case renamed(UnitRenamed)
}
