/// A registered unit (verksamhet); councils, revisions and certifications belong to one.
public struct UnitState: Equatable, Sendable {
    public var name: String
}
