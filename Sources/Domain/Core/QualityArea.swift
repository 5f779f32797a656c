/// The ten quality areas (kvalitetsområden) of the certification checklist.
///
/// Raw values are stable identifiers stored in events; `label` is the Swedish text shown to people.
package enum QualityArea: String, Codable, Sendable, CaseIterable, Comparable {
    case treatment = "bemotande"
    case information = "information"
    case problemMapping = "kartlaggning_av_problem"
    case goals = "mal_och_delmal"
    case supportMeasures = "stodinsatser"
    case cooperation = "samverkan_med_andra"
    case followUp = "uppfoljning"
    case training = "utbildning"
    case influencePolicy = "brukarinflytandepolicy"
    case qualityManagement = "kvalitetsledningssystem"

    /// Swedish label, e.g. "Bemötande".
    package var label: String {
        switch self {
        case .treatment: "Bemötande"
        case .information: "Information"
        case .problemMapping: "Kartläggning av problem"
        case .goals: "Mål och delmål"
        case .supportMeasures: "Stödinsatser"
        case .cooperation: "Samverkan med andra"
        case .followUp: "Uppföljning"
        case .training: "Utbildning"
        case .influencePolicy: "Brukarinflytandepolicy"
        case .qualityManagement: "Kvalitetsledningssystem"
        }
    }

    package static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
