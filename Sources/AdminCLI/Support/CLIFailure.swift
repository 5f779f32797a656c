import Varlink

/// Why a command failed, in Swedish for the coordinator, with the exit status scripts rely on.
///
/// The one place that turns the daemon's error replies and socket failures into what the CLI says and
/// how it exits, so every command answers the same way.
package struct CLIFailure: Error, Sendable, Equatable, CustomStringConvertible {
    package var status: ExitStatus
    /// One or more lines of Swedish, without the `tredjekraft: ` prefix.
    package var message: String

    package init(_ status: ExitStatus, _ message: String) {
        self.status = status
        self.message = message
    }

    package var description: String { message }

    /// What a failed call through the Varlink client means for the coordinator.
    package init(_ error: VarlinkClientError) {
        switch error {
        case .socketNotFound(let path):
            self.init(
                .unreachable,
                "Kan inte nå tredjekraftd: det finns ingen socket på \(path).\n"
                    + "Är daemonen igång? Prova `systemctl status tredjekraftd`, eller ange rätt socket med "
                    + "--socket eller TREDJEKRAFT_SOCKET.")
        case .connectionRefused(let path):
            self.init(
                .unreachable,
                "Kan inte nå tredjekraftd: ingen svarar på \(path) (daemonen är inte igång).\n"
                    + "Starta den med `systemctl start tredjekraftd`, eller ange rätt socket med "
                    + "--socket eller TREDJEKRAFT_SOCKET.")
        case .connectionFailed(let path, let reason):
            self.init(
                .unreachable,
                "Kan inte ansluta till tredjekraftd på \(path): \(reason).\n"
                    + "Ange rätt socket med --socket eller TREDJEKRAFT_SOCKET.")
        case .connectionClosed(let path):
            self.init(
                .unreachable,
                "tredjekraftd (\(path)) stängde förbindelsen innan den svarade; den stannade kanske.\n"
                    + "Kontrollera med `tredjekraft status` och `tredjekraft issue history` om ändringen hann göras; "
                    + "upprepa annars kommandot (med samma --command-id om du angav ett).")
        case .permissionDenied(let path):
            self.init(
                .permissionDenied,
                "Du får inte ansluta till \(path): socketens grupp och rättigheter stänger ute din användare.\n"
                    + "Be IT lägga till dig i socketens grupp (logga sedan ut och in igen).")
        case .remote(let remote):
            self.init(remote: remote)
        case .invalidParameters(let reason):
            self.init(.refused, "Kommandot gick inte att skicka till tredjekraftd: \(reason).")
        case .invalidReply(let reason):
            self.init(
                .refused,
                "Oväntat svar från tredjekraftd: \(reason).\n"
                    + "Är kommandoraden och daemonen av samma version? Se `tredjekraft status`.")
        }
    }

    /// What the daemon's error reply means, by its name (see the `error` lines of the interface).
    init(remote error: VarlinkError) {
        let reason = error.parameters["reason"]?.stringValue
        switch error.name {
        case "io.tredjekraft.admin.RuleViolation":
            self.init(.refused, reason ?? "Kommandot bryter mot en regel.")
        case "io.tredjekraft.admin.NotFound":
            let kind = error.parameters["kind"]?.stringValue ?? ""
            let id = error.parameters["id"]?.stringValue ?? "?"
            let message = error.parameters["message"]?.stringValue
            self.init(.refused, message ?? "Hittar \(Self.missing(kind)) med id \(id).")
        case "io.tredjekraft.admin.ShuttingDown":
            self.init(.unreachable, "tredjekraftd stängs av; försök igen när den har startat igen.")
        case "io.tredjekraft.admin.DatabaseUnavailable":
            self.init(
                .unreachable,
                "tredjekraftd når inte sin databas just nu" + (reason.map { " (\($0))" } ?? "") + ".\n"
                    + "Ingenting ändrades; försök igen om en stund.")
        case "io.tredjekraft.admin.OutcomeUnknown":
            // Never "nothing changed": the change may be stored. The same id makes a retry safe.
            let commandId = error.parameters["commandId"]?.stringValue
            self.init(
                .unreachable,
                "Det är oklart om ändringen sparades" + (reason.map { ": \(Self.withoutFullStop($0))" } ?? "") + ".\n"
                    + "Skicka samma kommando igen"
                    + (commandId.map { " med --command-id \($0)" } ?? " med samma --command-id")
                    + "; samma kommando-id sparas aldrig två gånger.")
        case "io.tredjekraft.admin.MailUnavailable":
            self.init(
                .refused,
                "E-posten går inte att använda" + (reason.map { ": \(Self.withoutFullStop($0))" } ?? "") + ".\n"
                    + "Kontrollera \(MailRendering.configurationHint); "
                    + "`tredjekraft status` visar hur e-posten står till.")
        case "io.tredjekraft.admin.InternalError":
            self.init(
                .refused,
                "Ett internt fel i tredjekraftd" + Self.sentenceEnd(reason) + "\n"
                    + "Mer står i daemonens logg (`journalctl -u tredjekraftd`).")
        case "org.varlink.service.InvalidParameter":
            let parameter = error.parameters["parameter"]?.stringValue ?? "?"
            if reason == nil, Self.isIdentifier(parameter) {
                self.init(.usage, Self.identifierHint)
            } else {
                self.init(.usage, "Ogiltigt värde för \(parameter)" + Self.sentenceEnd(reason))
            }
        case "org.varlink.service.PermissionDenied":
            self.init(.permissionDenied, "Åtkomst nekad" + Self.sentenceEnd(reason))
        case "org.varlink.service.MethodNotFound", "org.varlink.service.MethodNotImplemented",
            "org.varlink.service.InterfaceNotFound":
            let name = error.parameters["method"]?.stringValue ?? error.parameters["interface"]?.stringValue ?? "?"
            let method = name.split(separator: ".").last.map(String.init) ?? name
            self.init(
                .refused,
                "tredjekraftd kan inte svara på \(method) än; daemonen är troligen äldre än kommandoraden.\n"
                    + "Se daemonens version med `tredjekraft status`.")
        default:
            self.init(.refused, "tredjekraftd svarade med ett fel: \(error).")
        }
    }

    /// What an id looks like, for an id the daemon could not read as one (`issue show 12345`).
    static let identifierHint =
        "Det är inget id. Ett id är ett UUID, t.ex. 3f2a91c0-5b6d-4e7f-8a9b-0c1d2e3f4a5b, eller minst 6 av "
        + "dess första tecken (siffrorna 0–9 och bokstäverna a–f), t.ex. 3f2a91c0 som listorna visar."

    /// Whether an interface parameter names an id: `id`, `issueId`, `sources.id`, …
    static func isIdentifier(_ parameter: String) -> Bool {
        let last = parameter.split(separator: ".").last.map(String.init) ?? parameter
        return last == "id" || last.hasSuffix("Id")
    }

    /// A reason as a clause inside our own sentence, which supplies the full stop.
    static func withoutFullStop(_ reason: String) -> String {
        reason.hasSuffix(".") ? String(reason.dropLast()) : reason
    }

    /// "inget ärende", "inget förslag", … for `NotFound`'s kind.
    static func missing(_ kind: String) -> String {
        switch kind {
        case "unit": "ingen verksamhet"
        case "council": "inget råd"
        case "meeting": "inget möte"
        case "proposal": "inget förslag"
        case "revision": "ingen revision"
        case "finding": "ingen iakttagelse"
        case "certification": "ingen certifiering"
        case "actionItem", "action_item": "ingen åtgärd"
        case "issue": "inget ärende"
        case "mail": "inget meddelande"
        case "contact": "ingen sparad adress"
        case "source": "inget förslag, ingen iakttagelse och ingen åtgärd"
        case "": "inget"
        default: "inget av slaget \(kind)"
        }
    }

    /// ": reason." after a heading, or just "." — without doubling the reason's own full stop.
    private static func sentenceEnd(_ reason: String?) -> String {
        guard let reason, !reason.isEmpty else { return "." }
        return ": " + reason + (reason.hasSuffix(".") || reason.hasSuffix("?") || reason.hasSuffix("!") ? "" : ".")
    }

}
