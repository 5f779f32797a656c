/// The ten quality areas (kvalitetsområden) of the certification checklist.
public enum QualityArea: String, Codable, Sendable, CaseIterable {
    case bemotande = "bemotande"
}
