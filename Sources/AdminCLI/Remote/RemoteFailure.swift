import Foundation
import Varlink

/// What went wrong on the way to `tredjekraftd` on another computer, in Swedish, from what is known
/// once ssh has exited: the conversation's error, ssh's exit status and what ssh and the server wrote
/// on standard error. Every transport failure is exit status 3 (unreachable), except the server's own
/// socket refusing this user, which is 4 as it is locally.
enum RemoteFailure {
    /// `ssh` (or the program `TREDJEKRAFT_SSH_COMMAND` names) is not installed here.
    static func sshMissing(_ program: String) -> CLIFailure {
        CLIFailure(
            .unreachable,
            "Hittar inte programmet \(program), som behövs för --host.\n"
                + "Installera ssh (i Debian och Ubuntu: `apt install openssh-client`), eller ange ett annat "
                + "program med \(RemoteHost.sshCommandVariable).")
    }

    /// Exit statuses that say more than a reply that is not Varlink: no such program on the server, an
    /// old `tredjekraft` there, or the bridge not reaching its daemon. (Not 255: ssh exits so when the
    /// CLI stops it after such a reply.)
    static let explained: Set<Int32> = [126, 127, 2, 64, 3, 4]

    /// The failure for a conversation over ssh that ended with `error`, ssh having exited with `status`.
    static func classify(_ error: any Error, status: Int32, destination: String, stderr: String) -> any Error {
        guard let clientError = error as? VarlinkClientError else { return error }
        switch clientError {
        case .remote, .invalidParameters:
            return clientError  // the daemon's own answer, or our own parameters: as over a socket
        case .invalidReply(let reason) where !explained.contains(status):
            return CLIFailure(
                .unreachable,
                "Det som svarade på \(destination) talar inte tredjekraftds protokoll (Varlink): \(reason).\n"
                    + "Kör \(RemoteHost.remoteCommandVariable) rätt program? Det ska vara `tredjekraft bridge` "
                    + "av samma version som den här kommandoraden.")
        default:
            return failure(status: status, destination: destination, stderr: stderr)
        }
    }

    /// The failure for ssh's exit `status`, its words on standard error helping to tell the cases apart.
    static func failure(status: Int32, destination: String, stderr: String) -> CLIFailure {
        let said = lastLine(of: stderr)
        let quoted = said.map { "\nssh sa: \($0)" } ?? ""
        switch status {
        case 0:
            return CLIFailure(
                .unreachable,
                "tredjekraftd på \(destination) stängde förbindelsen innan den svarade; den stannade kanske.\n"
                    + "Kontrollera med `tredjekraft --host \(destination) status` om ändringen hann göras; "
                    + "upprepa annars kommandot (med samma --command-id om du angav ett).")
        case 255:
            return sshFailure(destination: destination, stderr: stderr, quoted: quoted)
        case 126, 127:
            return CLIFailure(
                .unreachable,
                "tredjekraft finns inte på \(destination) (servern hittar inget program att köra för `tredjekraft bridge`).\n"
                    + "Installera tredjekraft där, eller ange sökvägen till det med \(RemoteHost.remoteCommandVariable)."
                    + (said.map { "\nServern sa: \($0)" } ?? ""))
        case ExitStatus.unreachable.rawValue, ExitStatus.permissionDenied.rawValue:
            let message = bridgeMessage(stderr) ?? "bryggan nådde inte tredjekraftd."
            return CLIFailure(
                status == ExitStatus.permissionDenied.rawValue ? .permissionDenied : .unreachable,
                "På \(destination): \(message)")
        case ExitStatus.usage.rawValue, 64:
            return CLIFailure(
                .unreachable,
                "tredjekraft på \(destination) känner inte till `bridge`; den är troligen äldre än den här "
                    + "kommandoraden. Uppdatera tredjekraft på servern." + (said.map { "\nServern sa: \($0)" } ?? ""))
        default:
            if status > 128 {
                return CLIFailure(
                    .unreachable,
                    "ssh till \(destination) avbröts (signal \(status - 128)) innan tredjekraftd svarade." + quoted)
            }
            return CLIFailure(
                .unreachable,
                "Förbindelsen till \(destination) bröts innan tredjekraftd svarade (ssh slutade med status \(status))."
                    + quoted)
        }
    }

    /// ssh's own failures (exit status 255), told apart by its words.
    private static func sshFailure(destination: String, stderr: String, quoted: String) -> CLIFailure {
        let host = destination.split(separator: "@", maxSplits: 1).last.map(String.init) ?? destination
        if stderr.contains("Permission denied") || stderr.contains("Too many authentication failures") {
            return CLIFailure(
                .unreachable,
                "Inloggningen på \(destination) nekades: servern godtog inte din ssh-nyckel.\n"
                    + "Kontrollera användarnamnet och att din publika nyckel finns i ~/.ssh/authorized_keys på "
                    + "servern. En nyckel med lösenfras behöver ssh-agent (ssh frågar aldrig efter lösenord här)."
                    + quoted)
        }
        if stderr.contains("Host key verification failed") || stderr.contains("HOST IDENTIFICATION HAS CHANGED") {
            return CLIFailure(
                .unreachable,
                "Servern \(host) kunde inte bekräftas: dess värdnyckel är okänd eller har ändrats.\n"
                    + "Logga in en gång med `ssh \(destination)` och kontrollera nyckelns fingeravtryck med IT."
                    + quoted)
        }
        if stderr.contains("Could not resolve hostname") {
            return CLIFailure(
                .unreachable,
                "Hittar ingen dator som heter \(host). Kontrollera namnet (eller din ssh-konfiguration)." + quoted)
        }
        let unreachable = [
            "Connection refused", "timed out", "No route to host", "Network is unreachable", "Connection reset",
            "Connection closed", "Broken pipe",
        ]
        if unreachable.contains(where: stderr.contains) {
            return CLIFailure(
                .unreachable,
                "Kan inte nå \(host) med ssh: servern svarar inte eller tar inte emot ssh på den porten.\n"
                    + "Kontrollera namnet, porten och nätet (VPN?)." + quoted)
        }
        return CLIFailure(.unreachable, "ssh kunde inte ansluta till \(destination)." + quoted)
    }

    /// The bridge's own message: what `tredjekraft bridge` wrote after its `tredjekraft: ` prefix.
    private static func bridgeMessage(_ stderr: String) -> String? {
        let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.lastIndex(where: { $0.hasPrefix(Tredjekraft.errorPrefix) }) else {
            return lastLine(of: stderr)
        }
        let first = String(lines[start].dropFirst(Tredjekraft.errorPrefix.count))
        let rest = lines[(start + 1)...].filter { !$0.isEmpty }
        return ([first] + rest).joined(separator: "\n")
    }

    /// The last non-empty line, without ssh's `ssh: ` prefix habits kept as they are.
    static func lastLine(of text: String) -> String? {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.last { !$0.isEmpty }
    }
}
