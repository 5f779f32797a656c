import AdminProtocol
import ArgumentParser
import Foundation

/// `tredjekraft letter …`: the monthly letters printed for councils without an e-mail address.
struct LetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Hämta ett utskrivet månadsbrev, för att skriva ut det.",
        discussion: """
            Ett råd utan e-postadress får sitt månadsbrev som en fil på servern. `tredjekraft letter get` \
            hämtar filen genom tredjekraftd, också från din egen dator med --host, och sparar den precis \
            som den ligger på servern. Breven och deras id står i `tredjekraft digest list`.
            """,
        subcommands: [Get.self])

    struct Get: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Hämta ett utskrivet månadsbrev (HTML) och spara det i en fil eller skriv ut det.",
            discussion: """
                Brevet hämtas i delar genom tredjekraftd och blir byte för byte samma fil som på servern. \
                Utan -o skrivs brevet oförändrat på standard ut. Med --json skrivs svaret som JSON, med \
                brevet i fältet content. Kräver rollen samordnare.

                Exempel:
                  tredjekraft letter get 9a8b7c6d -o brev.html
                  tredjekraft --host anna@server.kommun.se letter get 9a8b7c6d -o brev.html
                """)

        @Argument(
            help: ArgumentHelp(
                "Det utskrivna brevets id från `digest list` (helt eller minst 6 av dess första tecken).",
                valueName: "id"))
        var letterId: String

        @Option(
            name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("Spara brevet i den här filen i stället för att skriva ut det.", valueName: "fil"),
            completion: .file())
        var output: String?

        @OptionGroup var global: GlobalOptions

        func run(on console: Console) async throws {
            let letter = try await MailCommand.fetch(part: "html", of: letterId, from: session)
            guard letter.reply.kind == "printed" else {
                throw CLIFailure(
                    .refused,
                    "\(letterId) är ett e-postmeddelande, inget utskrivet brev. "
                        + "Visa det med `tredjekraft mail show \(letterId)`.")
            }
            if let output {
                do {
                    try Data(letter.content.utf8).write(to: URL(fileURLWithPath: output))
                } catch {
                    throw CLIFailure(.refused, "Det gick inte att skriva \(output): \(error.localizedDescription)")
                }
                console.print(
                    global.json
                        ? JSONOutput.render(letter.object)
                        : SentMailRendering.written(letter.reply, part: "html", to: output))
            } else if global.json {
                console.print(JSONOutput.render(letter.object))
            } else {
                // The letter as it is, not a byte added: `letter get ID > brev.html` is the same file.
                console.write(letter.content, .output)
            }
        }
    }
}
