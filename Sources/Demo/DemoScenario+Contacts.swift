import Domain
import Foundation

/// Addresses for the demo's councils, units and owners, under `example.org` (the domain reserved for
/// examples), so a trial shows real messages without writing to anyone.
extension DemoScenario {
    /// One address per council, per unit's ledning and coordinator, and per owner title, in the order
    /// they first appear.
    package var contacts: [(recipient: RecipientKey, address: String)] {
        var result: [(RecipientKey, String)] = []
        var seen = Set<RecipientKey>()
        func add(_ key: RecipientKey, _ local: String) {
            guard seen.insert(key).inserted else { return }
            result.append((key, local + "@example.org"))
        }
        for step in steps {
            switch step.command {
            case .unit(let id, .register(let name)):
                add(.management(id), "ledning." + Self.slug(name))
                add(.coordinator(id), "samordnare." + Self.slug(name))
            case .council(let id, .create(_, let name, _)):
                add(.council(id), Self.slug(name))
            case .issue(_, .assignOwner(let owner)):
                if let key = try? RecipientKey(kind: .owner, id: owner) { add(key, Self.slug(owner)) }
            default:
                break
            }
        }
        return result
    }

    /// "Dialogmöten vuxenstöd Lund" → "dialogmoten-vuxenstod-lund": ASCII letters and digits joined
    /// by hyphens, as a mailbox's local part allows.
    static func slug(_ name: String) -> String {
        let folded = name.lowercased().folding(options: .diacriticInsensitive, locale: Locale(identifier: "sv_SE"))
        var words: [String] = []
        var word = ""
        for character in folded {
            if character.isASCII && (character.isLetter || character.isNumber) {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return String(words.joined(separator: "-").prefix(50))
    }
}
