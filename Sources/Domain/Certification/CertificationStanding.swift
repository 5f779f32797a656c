/// Where a certification cycle stands on a day, as the statistics and the overview show it: from its
/// dates, so that a read model of dates gives the same answer as the aggregate's stages.
package enum CertificationStanding: String, Sendable, CaseIterable {
    case assessing
    case planAdopted
    case certified
    case expired

    package init(
        adoptedOn: CalendarDate?, certifiedOn: CalendarDate?, validUntil: CalendarDate?, on today: CalendarDate
    ) {
        if let validUntil, validUntil < today {
            self = .expired
        } else if certifiedOn != nil {
            self = .certified
        } else if adoptedOn != nil {
            self = .planAdopted
        } else {
            self = .assessing
        }
    }

    /// Swedish, for people.
    package var label: String {
        switch self {
        case .assessing: "Bedömning pågår"
        case .planAdopted: "Handlingsplanen är antagen"
        case .certified: "Certifierad"
        case .expired: "Certifieringen har gått ut"
        }
    }
}
