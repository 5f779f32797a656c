import ReadModelTypes

/// The words for the things the catalog knows, and the two messages about their ids that every
/// command and query may answer.
extension CatalogKind {
    /// "verksamheten", "ärendet", … for messages.
    package var swedishName: String {
        switch self {
        case .unit: "verksamheten"
        case .council: "brukarrådet"
        case .meeting: "mötet"
        case .proposal: "förslaget"
        case .revision: "brukarrevisionen"
        case .finding: "iakttagelsen"
        case .certification: "certifieringen"
        case .actionItem: "åtgärden"
        case .issue: "ärendet"
        }
    }

    /// "verksamheter", "ärenden", …
    package var swedishPlural: String {
        switch self {
        case .unit: "verksamheter"
        case .council: "brukarråd"
        case .meeting: "möten"
        case .proposal: "förslag"
        case .revision: "brukarrevisioner"
        case .finding: "iakttagelser"
        case .certification: "certifieringar"
        case .actionItem: "åtgärder"
        case .issue: "ärenden"
        }
    }

    /// "Ärendet 3f2a91c0 finns inte."
    package func notFoundMessage(_ id: String) -> String {
        "\(TimelineText.capitalized(swedishName)) \(id) finns inte."
    }

    /// An id prefix that more than one thing of this kind starts with.
    package func ambiguousPrefixMessage(_ prefix: String) -> String {
        "Flera \(swedishPlural) har id som börjar med \(prefix); skriv fler tecken av id:t."
    }
}
