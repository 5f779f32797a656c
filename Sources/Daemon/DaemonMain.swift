import CoreMetrics
import Foundation
import Logging
import OperatorMetrics
import Systemd

/// What `tredjekraftd`'s `main` does, kept here so the executable target stays a one-liner and
/// tests can reach every part.
package enum DaemonMain {
    /// Parses arguments, loads the configuration, runs the daemon; returns the exit status
    /// (0 clean stop, 1 start-up failure, 64 bad arguments, 78 bad configuration).
    package static func run(
        arguments: [String] = Array(CommandLine.arguments.dropFirst()),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async -> Int32 {
        let options: CommandLineOptions
        do {
            options = try CommandLineOptions.parse(arguments)
        } catch {
            writeError("tredjekraftd: \(error)\n\(CommandLineOptions.usage)")
            return 64
        }
        if options.showHelp {
            print(CommandLineOptions.usage)
            return 0
        }
        if options.showVersion {
            print("tredjekraftd \(DaemonVersion.current)")
            return 0
        }
        let level = ReloadableLogLevel(DaemonConfiguration.Defaults.logLevel)
        LoggingSystem.bootstrap { label in
            ReloadableLogHandler(upstream: JournaldLogHandler(label: label, logLevel: .trace), level: level)
        }
        let logger = Logger(label: "tredjekraftd")
        let loader = ConfigurationLoader(
            filePath: options.configPath, environment: environment, stateDirectoryOverride: options.stateDirectory)
        let result: ConfigurationLoader.Result
        do {
            result = try await loader.load()
        } catch {
            logger.critical("\(error)")
            return ConfigurationError.exitStatus
        }
        level.value = result.configuration.logLevel
        for warning in result.warnings { logger.warning("\(warning)") }
        // The process runs one daemon, so swift-metrics' global system may as well record into its
        // registry: what a library records through it (none of today's do) then shows in
        // `tredjekraft metrics` too. The daemon's own parts are handed the factory and do not rely on it.
        let metrics = OperatorMetrics()
        MetricsSystem.bootstrap(metrics.factory)
        do {
            try await TredjekraftDaemon(
                configuration: result.configuration, loader: loader, logger: logger, logLevel: level, metrics: metrics
            ).run()
            return 0
        } catch {
            logger.critical("start-up failed: \(error)")
            return 1
        }
    }

    private static func writeError(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }
}
