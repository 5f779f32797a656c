import AdminProtocol
import ArgumentParser
import Domain
import Varlink
import Wording

/// `tredjekraft contact …`: the addresses reminders, messages to the management and digests go to.
/// They are personal data, so the daemon keeps them in its contact directory and never in the event
/// log; here they are set, listed and removed.
struct ContactCommand: ParsableCommand {
    /// Each kind of recipient with its word and what its id is, for the help.
    static var kindTable: String {
        let width = RecipientKey.Kind.directory.map { MailWording.word($0).count }.max() ?? 0
        return RecipientKey.Kind.directory.map { kind in
            let word = MailWording.word(kind)
            return "  \(word)\(String(repeating: " ", count: width - word.count))  "
                + "\(MailWording.describe(kind)), id: \(idHint(kind))"
        }.joined(separator: "\n")
    }

    static func idHint(_ kind: RecipientKey.Kind) -> String {
        switch kind {
        case .council: "rådets id"
        case .management, .coordinator: "verksamhetens id"
        case .owner: "rollen eller titeln som ärendena har som ansvarig"
        case .sender: "det mottagna meddelandets id"
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "contact",
        abstract: "E-postadresser till råd, ledningar, samordnare och ansvariga: spara, lista och ta bort.",
        discussion: """
            Påminnelser, meddelanden till ledningen och månadsbrev skickas till en mottagare, inte till en \
            adress. Här sparar du vilken adress varje mottagare har. Mottagarna är av fyra slag:
            \(kindTable)
            Det går också att skriva råd och ägare med å och ä.

            Adresserna är personuppgifter. De sparas bara i adressboken, aldrig i händelseloggen, och \
            syns inte i `tredjekraft mail list`.
            """,
        subcommands: [SetAddress.self, List.self, Remove.self])

    struct SetAddress: DaemonCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Spara en mottagares e-postadress (en adress som redan finns byts ut).",
            discussion: """
                Kräver rollen samordnare. Meddelanden som väntar på en adress till mottagaren skickas när \
                adressen är sparad.

                Exempel:
                  tredjekraft contact set rad 8d7e6f5a brukarradet@lund.se
                  tredjekraft contact set ledning 5e0c1a2b ledningen.vuxenstod@lund.se
                  tredjekraft contact set agare "Enhetschef vuxenstöd" chef.vuxenstod@lund.se
                """)

        @Argument(help: ArgumentHelp("Slags mottagare, se `tredjekraft contact --help`.", valueName: "slag"))
        var kind: RecipientKindArgument

        @Argument(help: ArgumentHelp("Rådets eller verksamhetens id, eller den ansvariges roll eller titel."))
        var id: String

        @Argument(help: ArgumentHelp("E-postadressen, t.ex. namn@kommun.se.", valueName: "adress"))
        var address: String

        @OptionGroup var global: GlobalOptions

        var parameters: SetContactParameters {
            SetContactParameters(kind: kind.kind.rawValue, id: id, address: address)
        }

        func run(on console: Console) async throws {
            try await show(.setContact, parameters, on: console, render: MailRendering.contactSet)
        }
    }

    struct List: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lista mottagarna som har en sparad adress.",
            discussion: "Kräver rollen samordnare.\n\nExempel:\n  tredjekraft contact list")

        @OptionGroup var global: GlobalOptions

        func run(on console: Console) async throws {
            try await show(.listContacts, VarlinkEmpty(), on: console, render: MailRendering.contacts)
        }
    }

    struct Remove: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ta bort en mottagares e-postadress.",
            discussion: """
                Kräver rollen samordnare. Meddelanden till mottagaren väntar sedan tills en ny adress sparas.

                Exempel:
                  tredjekraft contact remove samordnare 5e0c1a2b
                """)

        @Argument(help: ArgumentHelp("Slags mottagare, se `tredjekraft contact --help`.", valueName: "slag"))
        var kind: RecipientKindArgument

        @Argument(help: ArgumentHelp("Rådets eller verksamhetens id, eller den ansvariges roll eller titel."))
        var id: String

        @OptionGroup var global: GlobalOptions

        var parameters: ContactKeyParameters { ContactKeyParameters(kind: kind.kind.rawValue, id: id) }

        func run(on console: Console) async throws {
            try await show(.removeContact, parameters, on: console, render: MailRendering.contactRemoved)
        }
    }
}
