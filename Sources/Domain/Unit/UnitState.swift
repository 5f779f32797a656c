/// A registered unit (verksamhet); councils, revisions and certifications belong to one.
package struct UnitState: Equatable, Sendable {
    package var name: String
}
