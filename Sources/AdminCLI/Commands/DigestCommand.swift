import AdminProtocol
import ArgumentParser
import Domain
import Foundation
import Varlink

/// `tredjekraft digest preview|send|list`: the monthly digests to the councils and to ledningen.
struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Månadsbrev: se, skicka och lista breven till råden och till ledningen.",
        discussion: """
            Varje månad får varje råd ett brev om vad som har hänt med dess förslag, och ledningen för \
            varje verksamhet får en översikt. Breven går ut den dag och tid som står under digests i \
            konfigurationen och gäller månaden innan. Ett råd utan e-postadress får brevet som en fil att \
            skriva ut, under tillståndskatalogen (letters/).
            """,
        subcommands: [Preview.self, Send.self, List.self])

    struct Preview: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Visa ett månadsbrev precis som det skulle skickas i dag, utan att skicka något.",
            discussion: """
                Exempel:
                  tredjekraft digest preview --council 8d7e6f5a --month 2026-11
                  tredjekraft digest preview --council 8d7e6f5a --month 2026-11 --html brev.html
                  tredjekraft digest preview --management 5e0c1a2b --month 2026-11
                """)

        @Option(help: ArgumentHelp("Rådets brev (id eller början av id).", valueName: "id"))
        var council: String?

        @Option(help: ArgumentHelp("Brevet till verksamhetens ledning (id eller början av id).", valueName: "id"))
        var management: String?

        @Option(
            help: ArgumentHelp("Månaden brevet gäller (ÅÅÅÅ-MM).", valueName: "månad"), transform: ArgumentValues.month)
        var month: CalendarMonth

        @Option(help: ArgumentHelp("Skriv HTML-delen till den här filen.", valueName: "fil"))
        var html: String?

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard (council == nil) != (management == nil) else {
                throw ValidationError("Ange antingen --council eller --management.")
            }
        }

        func run(on console: Console) async throws {
            let parameters = PreviewDigestParameters(councilId: council, unitId: management, month: month)
            guard let html else {
                try await show(.previewDigest, parameters, on: console) { (reply: PreviewDigestReply) in
                    DigestRendering.preview(reply.digest)
                }
                return
            }
            let raw = try await session.call(.previewDigest, parameters)
            let reply = try Self.decode(PreviewDigestReply.self, from: raw, of: .previewDigest)
            do {
                try Data(reply.digest.html.utf8).write(to: URL(fileURLWithPath: html))
            } catch {
                throw CLIFailure(.refused, "Det gick inte att skriva \(html): \(error.localizedDescription)")
            }
            console.print(global.json ? JSONOutput.render(raw) : "HTML-delen skrevs till \(html).")
        }
    }

    struct Send: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Skicka en månads brev nu: alla, eller ett råds.",
            discussion: """
                Brev som redan har skickats för månaden skickas inte igen. När ett råds brev har kommit \
                fram registreras återkopplingen om de beslut och det genomförande som brevet berättar om. \
                Kräver administratörsbehörighet.

                Exempel:
                  tredjekraft digest send --month 2026-11
                  tredjekraft digest send --month 2026-11 --council 8d7e6f5a
                """)

        @Option(
            help: ArgumentHelp("Månaden breven gäller (ÅÅÅÅ-MM).", valueName: "månad"), transform: ArgumentValues.month)
        var month: CalendarMonth

        @Option(help: ArgumentHelp("Bara det här rådets brev (id eller början av id).", valueName: "id"))
        var council: String?

        @OptionGroup var global: GlobalOptions

        func run(on console: Console) async throws {
            try await show(.sendDigests, SendDigestsParameters(month: month, councilId: council), on: console) {
                (reply: SendDigestsReply) in DigestRendering.sent(reply)
            }
        }
    }

    struct List: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lista månadsbreven som har skickats: till vem, när och vilken återkoppling de gav.",
            discussion: """
                Exempel:
                  tredjekraft digest list
                  tredjekraft digest list --month 2026-11
                """)

        @Option(
            help: ArgumentHelp("Bara den här månaden (ÅÅÅÅ-MM).", valueName: "månad"), transform: ArgumentValues.month)
        var month: CalendarMonth?

        @OptionGroup var global: GlobalOptions

        func run(on console: Console) async throws {
            try await show(.listDigests, ListDigestsParameters(month: month), on: console) {
                (reply: ListDigestsReply) in DigestRendering.list(reply.digests)
            }
        }
    }
}
