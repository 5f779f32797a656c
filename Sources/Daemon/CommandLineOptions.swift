/// `tredjekraftd`'s few arguments, parsed by hand (the daemon is configured by file, not flags).
package struct CommandLineOptions: Sendable, Equatable {
    package var configPath: String?
    package var stateDirectory: String?
    package var showHelp = false
    package var showVersion = false

    package static let usage = """
        usage: tredjekraftd [--config PATH] [--state-dir DIR]

          --config PATH     configuration file (default /etc/tredjekraft/tredjekraft.yaml,
                            or $TREDJEKRAFT_CONFIG)
          --state-dir DIR   state directory (overrides state_directory; default /var/lib/tredjekraft)
          --version         print the version
          --help            print this text

        Environment variables TREDJEKRAFT_<KEY> override the file, e.g. TREDJEKRAFT_DATABASE_URL,
        TREDJEKRAFT_LOG_LEVEL. SIGHUP reloads log.level and roles.*.
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
