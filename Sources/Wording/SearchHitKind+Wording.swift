import ReadModelTypes

/// The Swedish words for what a search found.
extension SearchHitKind {
    /// As a column value: "Ärendets rubrik", "Förslag", "Motivering", …
    package var label: String {
        switch self {
        case .issueTitle: "Ärendets rubrik"
        case .proposal: "Förslag"
        case .motivation: "Beslutets motivering"
        case .implementationSummary: "Vad som gjordes"
        case .finding: "Iakttagelse"
        case .actionItem: "Åtgärd"
        }
    }
}
