/// A command or a query named something that does not exist: one error for both, which the admin
/// interface answers as `NotFound` with the kind, the id as given, and this message.
package struct NotFound: Error, Sendable, Hashable, CustomStringConvertible {
    /// What can be looked for. The raw values are the interface's `kind` strings.
    package enum Kind: String, Sendable, CaseIterable {
        case unit, council, meeting, proposal, revision, finding, certification, actionItem, issue, mail, contact,
            source
        case digest, projection

        /// How a message about one begins: "Verksamheten", "Brukarrådet", …
        package var noun: String {
            switch self {
            case .unit: "Verksamheten"
            case .council: "Brukarrådet"
            case .meeting: "Mötet"
            case .proposal: "Förslaget"
            case .revision: "Brukarrevisionen"
            case .finding: "Iakttagelsen"
            case .certification: "Certifieringen"
            case .actionItem: "Åtgärden"
            case .issue: "Ärendet"
            case .mail: "Meddelandet"
            case .contact: "Adressen till"
            case .source: "Förslaget, iakttagelsen eller åtgärden"
            case .digest: "Sammanställningen"
            case .projection: "Läsmodellen"
            }
        }

        /// The sentence that says one with `id` does not exist.
        func missing(_ id: String) -> String {
            switch self {
            case .source: "Det finns inget förslag, ingen iakttagelse och ingen åtgärd med id \(id)."
            default: "\(noun) \(id) finns inte."
            }
        }

        /// Where something lives inside one of these: "hos brukarrådet", "i brukarrevisionen", …
        var within: String {
            switch self {
            case .council: "hos brukarrådet"
            case .certification: "i handlingsplanen"
            default: "i " + noun.lowercased()
            }
        }

        /// The kind of the aggregate whose stream has this prefix (`council-…`).
        package init?(streamPrefix: String) {
            switch streamPrefix {
            case "contacts": self = .contact
            default: self.init(rawValue: streamPrefix)
            }
        }
    }

    package var kind: Kind
    /// The id as it was given.
    package var id: String
    /// In Swedish, for the coordinator.
    package var message: String
    package var description: String { message }

    /// "Brukarrådet 3f2a91c0 finns inte."
    package init(_ kind: Kind, _ id: String) {
        self.init(kind, id, message: kind.missing(id))
    }

    /// Something that may exist, but not where it was said to be: "Mötet 3f2a… finns inte hos
    /// brukarrådet 81c0…."
    package init(_ kind: Kind, _ id: String, within container: Kind, _ containerID: String) {
        self.init(kind, id, message: "\(kind.noun) \(id) finns inte \(container.within) \(containerID).")
    }

    /// With the rule's own words, when a domain rule said what is missing.
    package init(_ kind: Kind, _ id: String, message: String) {
        self.kind = kind
        self.id = id
        self.message = message
    }
}
