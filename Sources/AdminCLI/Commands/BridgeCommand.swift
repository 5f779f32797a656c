import ArgumentParser
import Foundation
import Varlink

/// `tredjekraft bridge`: run by `ssh HOST tredjekraft bridge` (what `--host` does) or by systemd's
/// `varlinkctl call ssh-exec:HOST:/usr/bin/tredjekraft,bridge …`; relays its standard input and output
/// to the admin socket as the logged-in user, so the daemon's peer credentials name that user.
struct BridgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bridge",
        abstract: "Förmedla Varlink mellan standard in/ut och admin-socketen (körs av ssh för --host).",
        discussion: """
            Körs på servern, av ssh, när någon använder tredjekraft --host från sin egen dator. Bryggan \
            kopplar standard in och standard ut till daemonens admin-socket som den inloggade användaren, \
            byte för byte åt båda hållen, tills någon sida stänger. Daemonen ser alltså den användaren \
            och ger den rollen. Bryggan skriver en rad i systemloggen (journald) för varje förbindelse, \
            med ssh-klientens adress.

            Slutstatus: 0 när en sida stängde; 3 om socketen inte finns eller ingen svarar; 4 om \
            socketens rättigheter stänger ute användaren.

            Exempel (på din egen dator):
              tredjekraft --host anna@server.kommun.se status
              varlinkctl call ssh-exec:server:/usr/bin/tredjekraft,bridge io.tredjekraft.admin.Status '{}'
            """,
        shouldDisplay: false)

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Daemonens admin-socket (annars TREDJEKRAFT_SOCKET, annars /run/tredjekraft/admin.sock).",
            valueName: "sökväg"),
        completion: .file())
    var socket: String?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let path = GlobalOptions.socketPath(option: socket, environment: environment)
        BridgeAudit(environment: environment, socketPath: path).record()
        do {
            _ = try await VarlinkRelay.run(socketPath: path, input: STDIN_FILENO, output: STDOUT_FILENO)
        } catch let error as VarlinkClientError {
            throw CLIFailure(error)
        } catch let error as VarlinkRelayError {
            throw CLIFailure(.usage, "Bryggan behöver en rörledning eller socket som standard in och ut (\(error)).")
        }
    }
}
