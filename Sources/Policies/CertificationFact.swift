import Domain

/// What the policies need to know about one certificate: the last day it is valid, and whether a
/// renewal (a certification with `renews` pointing here) has started.
package struct CertificationFact: Sendable, Equatable {
    package var id: CertificationID
    package var unitId: UnitID
    /// The last valid day.
    package var validUntil: CalendarDate
    package var renewalStarted: Bool

    package init(id: CertificationID, unitId: UnitID, validUntil: CalendarDate, renewalStarted: Bool) {
        self.id = id
        self.unitId = unitId
        self.validUntil = validUntil
        self.renewalStarted = renewalStarted
    }
}
