import ReadModelTypes

/// The one table of Swedish words for the kinds of sources: the CLI's columns, the trace's answer and
/// the letters to councils all say the same.
extension IssueSourceKind {
    /// As a heading or column value: "Förslag", "Iakttagelse", "Åtgärd".
    package var label: String {
        switch self {
        case .proposal: "Förslag"
        case .finding: "Iakttagelse"
        case .actionItem: "Åtgärd"
        }
    }

    /// With the definite article, as a sentence names it: "förslaget", "iakttagelsen", "åtgärden".
    package var definite: String {
        switch self {
        case .proposal: "förslaget"
        case .finding: "iakttagelsen"
        case .actionItem: "åtgärden"
        }
    }
}
