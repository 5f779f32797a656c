import ArgumentParser
import Domain
import Wording

/// A recipient key's kind as typed on the command line: the Swedish words (`rad`, `ledning`,
/// `samordnare`, `agare`, also spelt with å and ä) or the English names the interface uses, so both
/// people and scripts are understood. Sent to the daemon by its English name.
///
/// A wrapper, like ``Choice``, so the domain's enum knows nothing of the command line; the words
/// themselves are ``MailWording``'s, the same the rest of the mail text uses.
struct RecipientKindArgument: ExpressibleByArgument, Sendable, Equatable {
    var kind: RecipientKey.Kind

    init(_ kind: RecipientKey.Kind) { self.kind = kind }

    init?(argument: String) {
        guard let kind = MailWording.kind(argument) else { return nil }
        self.kind = kind
    }

    var defaultValueDescription: String { MailWording.word(kind) }

    static var allValueStrings: [String] { RecipientKey.Kind.directory.map(MailWording.word) }

    static var allValueDescriptions: [String: String] {
        Dictionary(
            uniqueKeysWithValues: RecipientKey.Kind.directory.map { (MailWording.word($0), MailWording.describe($0)) })
    }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
