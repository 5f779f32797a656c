import AdminServer
import Foundation
import Logging

/// The keys outside a section: where state lives, who has which role, the organisation's time zone,
/// how much to log.
extension ConfigurationLoader {
    static let generalKeys: Set<String> = [
        "state_directory", "roles.admin", "roles.coordinator", "roles.reader", "time_zone", "log.level",
    ]

    func readStateDirectory(_ values: KeyReader) async throws(ConfigurationError) -> String {
        var stateDirectory = DaemonConfiguration.Defaults.stateDirectory
        if let override = stateDirectoryOverride {
            stateDirectory = override
        } else if let configured = try await values.string("state_directory") {
            stateDirectory = configured
        }
        guard !stateDirectory.isEmpty else {
            throw .invalidValue(key: "state_directory", value: "\"\"", reason: "must be a directory path")
        }
        return stateDirectory
    }

    func readRoles(_ values: KeyReader) async throws(ConfigurationError) -> RoleMapping {
        var roles = RoleMapping()
        roles.admins = try await values.names("roles.admin")
        roles.coordinators = try await values.names("roles.coordinator")
        roles.readers = try await values.names("roles.reader")
        return roles
    }

    func readTimeZone(_ values: KeyReader) async throws(ConfigurationError) -> TimeZone {
        let zoneName = try await values.string("time_zone") ?? DaemonConfiguration.Defaults.timeZone
        guard let timeZone = TimeZone(identifier: zoneName) else {
            throw .invalidValue(
                key: "time_zone", value: zoneName,
                reason: "not a known IANA time zone (e.g. Europe/Stockholm)")
        }
        return timeZone
    }

    func readLogLevel(_ values: KeyReader) async throws(ConfigurationError) -> Logger.Level {
        let levelText = try await values.string("log.level")
        let logLevel =
            try levelText.map { text throws(ConfigurationError) in
                guard let level = Logger.Level(rawValue: text.lowercased()) else {
                    throw .invalidValue(
                        key: "log.level", value: text,
                        reason: "use one of trace, debug, info, notice, warning, error, critical")
                }
                return level
            } ?? DaemonConfiguration.Defaults.logLevel
        return logLevel
    }
}
