import AdminProtocol
import ArgumentParser
import Domain
import Foundation
import Varlink
import Wording

/// `tredjekraft mail …`: the outbox — what is waiting, what did not get through and why — and a test
/// message to see that mail works at all.
struct MailCommand: ParsableCommand {
    /// The outbox's stages in Swedish, for the help.
    static var stageList: String {
        MailStage.Name.allCases.map { MailWording.stage($0).lowercased() }.joined(separator: ", ")
    }

    static let configuration = CommandConfiguration(
        commandName: "mail",
        abstract: "Utkorgen: se vad som väntar och vad som inte kom fram, försök igen, skicka ett provmeddelande.",
        discussion: """
            tredjekraftd skickar påminnelser, meddelanden till ledningen och månadsbrev med e-post. Ett \
            meddelande är i ett av dessa lägen: \(stageList). Ett meddelande som misslyckades eller som \
            daemonen gav upp skickas inte igen förrän någon ber om det med `tredjekraft mail retry`. Ett \
            meddelande som väntar på adress skickas när mottagaren får en (`tredjekraft contact set`).

            Om e-posten är påslagen och hur kön står till syns i `tredjekraft status`.
            """,
        subcommands: [List.self, Show.self, Retry.self, Test.self, Tokens.self, Receive.self, Received.self])

    /// Which messages `mail list` shows, as one of the outbox's questions rather than its six states.
    enum Selection: EnumerableFlag {
        case pending
        case failed
        case held
        case all

        /// The states asked for; `nil` for all.
        var states: [MailStage.Name]? {
            switch self {
            case .pending: [.pending, .failing]
            case .failed: [.failed, .givenUp]
            case .held: [.held]
            case .all: nil
            }
        }

        static func help(for value: Selection) -> ArgumentHelp? {
            switch value {
            case .pending: "Bara de som väntar på att skickas: i kö eller försöker igen."
            case .failed: "Bara de som misslyckades eller som daemonen gav upp; de väntar på `mail retry`."
            case .held: "Bara de som väntar på en adress (se `tredjekraft contact set`)."
            case .all: "Alla meddelanden (det som visas utan flagga)."
            }
        }
    }

    struct List: DaemonCommand {
        /// The most the daemon lists at once.
        static let maximumLimit = 1000

        static let configuration = CommandConfiguration(
            abstract: "Lista meddelandena i utkorgen, de senaste först.",
            discussion: """
                Visar mottagare och ämne, inte adresser. Utan flagga visas alla meddelanden (högst 200 om \
                inte --limit säger annat).

                Exempel:
                  tredjekraft mail list
                  tredjekraft mail list --failed
                  tredjekraft mail list --held --limit 20
                """)

        @Flag var selection: Selection = .all

        @Option(
            parsing: .unconditional, help: ArgumentHelp("Högst så här många meddelanden (1–1000).", valueName: "antal"),
            transform: ArgumentValues.positive)
        var limit: Int?

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if let limit, limit > Self.maximumLimit {
                throw ValidationError("Högst \(Self.maximumLimit) meddelanden går att lista på en gång, inte \(limit).")
            }
        }

        var parameters: ListMailParameters {
            ListMailParameters(states: selection.states?.map(\.rawValue), limit: limit)
        }

        func run(on console: Console) async throws {
            try await show(.listMail, parameters, on: console, render: MailRendering.messages)
        }
    }

    struct Show: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Visa ett meddelande precis som det gick ut, eller ett utskrivet månadsbrev.",
            discussion: """
                Visar mottagare, ämne och när det skickades, och sedan meddelandets båda delar: texten och \
                HTML. Med --html visas bara HTML-delen, och med -o skrivs delen till en fil i stället. Ett \
                råd utan e-postadress får sitt månadsbrev som en fil att skriva ut; ange då brevets id från \
                `tredjekraft digest list`, så visas eller sparas filen. Kräver rollen samordnare.

                Exempel:
                  tredjekraft mail show 3c4d5e6f
                  tredjekraft mail show 3c4d5e6f --html -o brev.html
                  tredjekraft mail show 9a8b7c6d -o brev.html      Ett utskrivet månadsbrev
                """)

        @Argument(
            help: ArgumentHelp(
                "Meddelandets id, eller ett utskrivet månadsbrevs (helt eller minst 6 av dess första tecken).",
                valueName: "id"))
        var mailId: String

        @Flag(help: "Bara HTML-delen (ett utskrivet brev har bara den).")
        var html = false

        @Option(
            name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("Skriv delen till den här filen i stället för att visa den.", valueName: "fil"),
            completion: .file())
        var output: String?

        @OptionGroup var global: GlobalOptions

        func run(on console: Console) async throws {
            let first = try await part(html ? "html" : "text")
            let printed = first.reply.kind == "printed"
            let partName = printed || html ? "html" : "text"
            if let output {
                do {
                    try Data(first.content.utf8).write(to: URL(fileURLWithPath: output))
                } catch {
                    throw CLIFailure(.refused, "Det gick inte att skriva \(output): \(error.localizedDescription)")
                }
                console.print(
                    global.json
                        ? JSONOutput.render(first.object)
                        : SentMailRendering.written(first.reply, part: partName, to: output))
                return
            }
            if global.json {
                console.print(JSONOutput.render(first.object))
            } else if html || printed {
                console.print(
                    printed && !html
                        ? SentMailRendering.render(first.reply, text: nil, html: first.content) : first.content)
            } else {
                let htmlPart = first.reply.hasHtml ? try await part("html").content : nil
                console.print(SentMailRendering.render(first.reply, text: first.content, html: htmlPart))
            }
        }

        private func part(_ name: String) async throws -> MailCommand.FetchedPart {
            try await MailCommand.fetch(part: name, of: mailId, from: session)
        }
    }

    struct Retry: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Försök skicka ett meddelande igen nu.",
            discussion: """
                Kräver rollen samordnare. Går för meddelanden som misslyckades, som daemonen gav upp, som \
                försöker igen eller som väntar på adress. Svaret visar meddelandets nya läge.

                Exempel:
                  tredjekraft mail retry 3c4d5e6f
                """)

        @Argument(help: ArgumentHelp("Meddelandets id, helt eller minst 6 av dess första tecken.", valueName: "id"))
        var mailId: String

        @OptionGroup var global: GlobalOptions

        var parameters: RetryMailParameters { RetryMailParameters(id: mailId) }

        func run(on console: Console) async throws {
            try await show(.retryMail, parameters, on: console) { (reply: RetryMailReply) in
                MailRendering.retried(reply.message)
            }
        }
    }

    struct Test: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Skicka ett provmeddelande till en adress nu, för att se att e-posten fungerar.",
            discussion: """
                Kräver rollen administratör. Provmeddelandet går inte via utkorgen: det lämnas direkt till \
                e-postprogrammet (sendmail), och svaret säger hur det gick. Slutstatus 0 bara om \
                e-postprogrammet tog emot meddelandet, annars 1.

                Exempel:
                  tredjekraft mail test --to it-support@lund.se
                """)

        @Option(help: ArgumentHelp("Adressen provmeddelandet ska till.", valueName: "adress"))
        var to: String

        @OptionGroup var global: GlobalOptions

        var parameters: SendTestMailParameters { SendTestMailParameters(to: to) }

        /// Like ``DaemonCommand/show(_:_:on:render:)``, but only an accepted message ends well: anything
        /// else is said on standard error and exits with 1, also with `--json`.
        func run(on console: Console) async throws {
            let reply = try await session.call(.sendTestMail, parameters)
            let outcome = MailRendering.testMail(
                try Self.decode(SendTestMailReply.self, from: reply, of: .sendTestMail), to: to)
            if global.json {
                console.print(JSONOutput.render(reply))
            } else if outcome.accepted {
                console.print(outcome.text)
            }
            if !outcome.accepted { throw CLIFailure(.refused, outcome.text) }
        }
    }
}
