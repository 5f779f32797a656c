/// The rules for units. State is `nil` until the unit is registered.
package enum UnitAggregate: Aggregate {
    package typealias ID = UnitID
    package static let initialState: UnitState? = nil

    package static func decide(_ command: UnitCommand, _ state: UnitState?, _ context: DecisionContext)
        throws(DomainError) -> [UnitEvent]
    {
        switch command {
        case .register(let name):
            guard state == nil else {
                throw DomainError(
                    .alreadyExists, "Verksamheten finns redan. Den kan byta namn, men inte registreras igen.")
            }
            return [.registered(UnitRegistered(name: try Validation.text(name, "Verksamhetens namn", .name)))]
        case .rename(let name):
            guard let state else {
                throw DomainError(.notFound, "Verksamheten finns inte. Registrera den först.")
            }
            let name = try Validation.text(name, "Verksamhetens nya namn", .name)
            guard name != state.name else {
                throw DomainError(.unchanged, "Verksamheten heter redan \(name). Ange ett annat namn.")
            }
            return [.renamed(UnitRenamed(name: name))]
        }
    }

    package static func evolve(_ state: UnitState?, _ event: UnitEvent) -> UnitState? {
        switch event {
        case .registered(let e): return UnitState(name: e.name)
        case .renamed(let e): return UnitState(name: e.name)
        }
    }
}
