import Logging
import Mailer
import ServiceLifecycle
import UnixSignals

/// Reloads the configuration on SIGHUP and applies what can change while running: the log level, the
/// role mapping, mail, and the policies, digests and calendar (the scheduler's and the read models').
///
/// Each reload reads the file and environment afresh through ``ConfigurationLoader`` (not
/// swift-configuration's `watch…` calls, see TOOLCHAIN.md). A broken file is logged and ignored: the
/// daemon keeps its last good configuration. Changes to anything else are logged as needing a restart.
package final class ConfigurationReloadService: Service, Sendable {
    private let loader: ConfigurationLoader
    private let initial: DaemonConfiguration
    private let apply: @Sendable (DaemonConfiguration) -> Void
    private let logger: Logger

    /// - Parameter apply: installs the live-changeable parts of a newly loaded configuration.
    package init(
        loader: ConfigurationLoader, initial: DaemonConfiguration, logger: Logger,
        apply: @escaping @Sendable (DaemonConfiguration) -> Void
    ) {
        self.loader = loader
        self.initial = initial
        self.logger = logger
        self.apply = apply
    }

    package func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        await cancelWhenGracefulShutdown { [self] in
            for await _ in signals {
                await reload()
            }
        }
    }

    /// Loads the configuration again and applies it; returns whether it was applied.
    @discardableResult
    package func reload() async -> Bool {
        logger.notice("reloading configuration", metadata: ["file": "\(loader.filePath)"])
        let result: ConfigurationLoader.Result
        do {
            result = try await loader.load()
        } catch {
            logger.error("configuration not reloaded; keeping the previous one", metadata: ["error": "\(error)"])
            return false
        }
        for warning in result.warnings { logger.warning("\(warning)") }
        var fixed = result.configuration
        fixed.logLevel = initial.logLevel
        fixed.roles = initial.roles
        fixed.mail = initial.mail
        fixed.policies = initial.policies
        fixed.digests = initial.digests
        fixed.sourceFile = initial.sourceFile
        // Replies by mail are read at start (the mailer keeps them; the admin interface verifies with them).
        if result.configuration.mail.replies != initial.mail.replies {
            logger.warning("mail.reply_to and mail.reply_token.* take effect at the next restart")
        }
        if fixed != initial {
            logger.warning(
                "configuration changes other than log.level, roles.*, mail.*, policies.*, digests.* and calendar.* take effect at the next restart"
            )
        }
        apply(result.configuration)
        logger.notice(
            "configuration reloaded",
            metadata: ["log.level": "\(result.configuration.logLevel)"])
        return true
    }
}
