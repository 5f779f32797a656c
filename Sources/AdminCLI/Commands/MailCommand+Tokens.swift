import AdminProtocol
import ArgumentParser
import Varlink

extension MailCommand {
    /// `tredjekraft mail tokens …`: the keys of the reply addresses (svar med e-post).
    struct Tokens: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tokens",
            abstract: "Nycklarna för svarsadresserna (svar med e-post).",
            discussion: """
                Varje brev som går att svara på får en egen svarsadress med en kod (mail.reply_to). Koden \
                räknas fram med en hemlig nyckel. Byt nyckel om du tror att den har kommit ut.
                """,
            subcommands: [Rotate.self])
    }

    struct Rotate: DaemonCommand {
        static let configuration = CommandConfiguration(
            commandName: "rotate",
            abstract: "Byt till en ny nyckel för svarsadresserna.",
            discussion: """
                Kräver rollen administratör. Nya brev får svarsadresser med den nya nyckeln. De gamla \
                nycklarna sparas så länge svar på äldre brev gäller (mail.reply_token.valid_days), och tas \
                sedan bort vid nästa byte. Nyckeln visas aldrig.

                Kommer nycklarna från systemd (LoadCredential=) kan tredjekraftd inte byta dem. Då byter du \
                i källfilen, se docs/operations.md.

                Exempel:
                  tredjekraft mail tokens rotate
                """)

        @OptionGroup var global: GlobalOptions

        func run(on console: Console) async throws {
            try await show(.rotateReplyTokenKey, VarlinkEmpty(), on: console, render: MailRendering.rotated)
        }
    }
}
