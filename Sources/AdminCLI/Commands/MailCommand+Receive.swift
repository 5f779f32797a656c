import AdminProtocol
import ArgumentParser
import Foundation
import Varlink
import Wording

extension MailCommand {
    /// `tredjekraft mail receive`: one message on standard input to the daemon, as an MTA's pipe or
    /// fetchmail's MDA runs it. Its exit status is for the mail system: 0 when the daemon took the
    /// message (applied, refused or ignored — never a bounce, which could loop), 75 (`EX_TEMPFAIL`)
    /// when it could not be handed over (the daemon, its socket or its database away, or this user
    /// without the mailgate role): the MTA keeps it and tries again, fetchmail leaves it on the server.
    struct Receive: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lämna ett mottaget e-postmeddelande (på standard in) till tredjekraftd.",
            discussion: """
                Körs av e-postsystemet, inte av en person: Postfix eller exim med en pipe, eller fetchmail \
                som hämtar från en brevlåda (--mda "tredjekraft mail receive"). Kräver rollen mailgate \
                (roles.mailgate i konfigurationen) eller administratör.

                Ett svar på ett brev från Tredje kraften läses, och svaren (KLART, BESLUT, PÅGÅR, \
                ANSVARIG, ÅTERKOPPLAT) förs in i ärendet. Den som svarade får en bekräftelse, eller ett \
                kort svar om varför inget ändrades. Automatiska meddelanden besvaras aldrig.

                Meddelanden större än \(ReceiveMailParameters.maximumMessageBytes / 1024) KiB tas inte emot; \
                de registreras som för stora.

                Slutstatus: 0 när tredjekraftd tog emot meddelandet (även om det inte ledde till någon \
                ändring), 75 (EX_TEMPFAIL) när det inte gick att lämna det nu: e-postsystemet försöker igen.
                """)

        @OptionGroup var global: GlobalOptions

        /// The status a mail system retries on (sysexits.h).
        static let temporaryFailure: Int32 = 75

        func run(on console: Console) async throws {
            let parameters: ReceiveMailParameters
            do {
                parameters = try Self.readMessage(from: FileHandle.standardInput)
            } catch {
                console.printError("Meddelandet gick inte att läsa från standard in: \(error)")
                throw ExitCode(Self.temporaryFailure)
            }
            let reply: VarlinkObject
            do {
                reply = try await session.call(.receiveMail, parameters)
            } catch {
                // Whatever kept the message from the daemon, the mail system keeps it and tries again.
                console.printError(
                    "tredjekraftd tog inte emot meddelandet; e-postsystemet försöker igen senare: \(error)")
                throw ExitCode(Self.temporaryFailure)
            }
            if global.json {
                console.print(JSONOutput.render(reply))
            } else if let decoded = try? Self.decode(ReceiveMailReply.self, from: reply, of: .receiveMail) {
                console.print(ReceivedMailRendering.received(decoded))
            }
        }

        /// Reads standard input to its end, keeping at most the limit: a larger message is sent as its
        /// head and its size (the daemon records it as too large); memory stays bounded either way.
        static func readMessage(from handle: FileHandle) throws -> ReceiveMailParameters {
            let limit = ReceiveMailParameters.maximumMessageBytes
            var kept = Data()
            var total = 0
            while let chunk = try handle.read(upToCount: 64 * 1024), !chunk.isEmpty {
                total += chunk.count
                if kept.count <= limit { kept.append(chunk.prefix(limit + 1 - kept.count)) }
            }
            guard total > limit else { return ReceiveMailParameters(message: kept.base64EncodedString()) }
            return ReceiveMailParameters(
                message: kept.prefix(ReceiveMailParameters.headBytes).base64EncodedString(), totalBytes: total)
        }
    }

    /// `tredjekraft mail received [--failed]`: what came in by mail and what became of it.
    struct Received: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lista mottagna e-postsvar och vad som hände med dem, de senaste först.",
            discussion: """
                Visar när svaret kom, vem brevet det svarade på gick till (eller okänd avsändare), vad \
                svaret bad om och vad som hände: genomfört, avvisat (med skäl) eller inte besvarat \
                (automatiska meddelanden). Adresser och texter visas inte: de är personuppgifter.

                Exempel:
                  tredjekraft mail received
                  tredjekraft mail received --failed
                """)

        @Flag(help: "Bara de svar som inte ledde till någon ändring.")
        var failed = false

        @Option(
            parsing: .unconditional, help: ArgumentHelp("Högst så här många (1–1000).", valueName: "antal"),
            transform: ArgumentValues.positive)
        var limit: Int?

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if let limit, limit > 1000 {
                throw ValidationError("Högst 1000 svar går att lista på en gång, inte \(limit).")
            }
        }

        func run(on console: Console) async throws {
            try await show(
                .listReceivedMail, ListReceivedMailParameters(failed: failed ? true : nil, limit: limit), on: console,
                render: ReceivedMailRendering.list)
        }
    }
}
