/// `tredjekraftd`'s few arguments, parsed by hand (the daemon is configured by file, not flags).
package struct CommandLineOptions: Sendable, Equatable {
    package var configPath: String?
    package var stateDirectory: String?
    package var showHelp = false
    package var showVersion = false

    package static let usage = """
        tredjekraftd – Tredje kraftens daemon: håller reda på brukarnas förslag, iakttagelser och åtgärder,
        påminner, säger till ledningen och skickar månadsbrev. Den körs som en systemd-tjänst
        (tredjekraftd.service) och styrs med kommandot tredjekraft över sin admin-socket.

        Användning: tredjekraftd [--config SÖKVÄG] [--state-dir KATALOG]

        Flaggor:
          --config SÖKVÄG      konfigurationsfilen (annars $TREDJEKRAFT_CONFIG, annars
                               /etc/tredjekraft/tredjekraft.yaml)
          --state-dir KATALOG  tillståndskatalogen (före state_directory; annars /var/lib/tredjekraft)
          --version            visa versionen
          -h, --help           visa den här hjälpen

        Miljövariabler TREDJEKRAFT_<NYCKEL> går före filen, t.ex. TREDJEKRAFT_DATABASE_URL och
        TREDJEKRAFT_LOG_LEVEL.

        Signaler: SIGHUP (systemctl reload) läser om konfigurationen och använder genast log.level,
        roles.*, mail.*, policies.* och digests.*; andra nycklar kräver en omstart. SIGTERM
        (systemctl stop) svarar på de anrop som pågår och avslutar.

        Slutstatus: 0 stoppad som den skulle, 1 start misslyckades, 64 fel i kommandoraden,
        78 fel i konfigurationen.
        """

    /// Parses the arguments after the program name.
    package static func parse(_ arguments: [String]) throws(ConfigurationError) -> CommandLineOptions {
        var options = CommandLineOptions()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            func value() throws(ConfigurationError) -> String {
                guard let value = rest.popFirst(), !value.hasPrefix("--") else {
                    throw .invalidArgument("\(argument) needs a value")
                }
                return value
            }
            switch argument {
            case "--config", "-c": options.configPath = try value()
            case "--state-dir": options.stateDirectory = try value()
            case "--help", "-h": options.showHelp = true
            case "--version": options.showVersion = true
            default:
                if argument.hasPrefix("--config=") {
                    options.configPath = String(argument.dropFirst("--config=".count))
                } else if argument.hasPrefix("--state-dir=") {
                    options.stateDirectory = String(argument.dropFirst("--state-dir=".count))
                } else {
                    throw .invalidArgument("unknown argument \(argument) (see --help)")
                }
            }
        }
        return options
    }
}
