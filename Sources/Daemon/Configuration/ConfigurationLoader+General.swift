import AdminServer
import Foundation
import Logging
import Yams

/// The keys outside a section: where state lives, who has which role, the organisation's time zone,
/// how much to log.
extension ConfigurationLoader {
    static let generalKeys: Set<String> = [
        "state_directory", "roles.admin", "roles.coordinator", "roles.reader", "roles.mailgate", "roles.scope_reads",
        "time_zone",
        "log.level",
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

    func readRoles(_ values: KeyReader, yaml: String?) async throws(ConfigurationError) -> RoleMapping {
        var roles = RoleMapping()
        roles.admins = try await values.names("roles.admin")
        roles.coordinators = try await values.names("roles.coordinator")
        roles.readers = try await values.names("roles.reader")
        roles.mailgates = try await values.names("roles.mailgate")
        roles.scopeReads = try await values.bool("roles.scope_reads") ?? false
        roles.units = try yaml.map { text throws(ConfigurationError) in try Self.unitRoles(inYAML: text) } ?? [:]
        return roles
    }

    /// `roles.units`: a mapping from a unit's id or name to its `coordinator` and `reader` lists. Read
    /// from the file itself, since its keys are the organisation's own (only the file can set them).
    static func unitRoles(inYAML text: String) throws(ConfigurationError) -> [String: RoleMapping.UnitRoles] {
        guard let root = try? Yams.compose(yaml: text), let units = root.mapping?["roles"]?.mapping?["units"]
        else {
            return [:]
        }
        guard let mapping = units.mapping else {
            throw .invalidValue(
                key: "roles.units", value: "", reason: "expected a mapping from a unit's id or name to its roles")
        }
        var result: [String: RoleMapping.UnitRoles] = [:]
        for (keyNode, value) in mapping {
            let unit = (keyNode.string ?? "").trimmingCharacters(in: .whitespaces)
            let key = "roles.units.\(unit)"
            guard !unit.isEmpty, let entries = value.mapping else {
                throw .invalidValue(key: key, value: "", reason: "expected coordinator: [names] and/or reader: [names]")
            }
            var roles = RoleMapping.UnitRoles()
            for (roleNode, namesNode) in entries {
                let role = roleNode.string ?? ""
                let names = try Self.names(namesNode, key: key + "." + role)
                switch role {
                case "coordinator": roles.coordinators = names
                case "reader": roles.readers = names
                default:
                    throw .invalidValue(
                        key: key + "." + role, value: "", reason: "a unit's roles are coordinator and reader")
                }
            }
            result[unit] = roles
        }
        return result
    }

    private static func names(_ node: Node, key: String) throws(ConfigurationError) -> Set<String> {
        guard let sequence = node.sequence else {
            throw .invalidValue(key: key, value: node.string ?? "", reason: "expected a list of user or group names")
        }
        var names: Set<String> = []
        for entry in sequence {
            let name = (entry.string ?? "").trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, name.rangeOfCharacter(from: .whitespacesAndNewlines) == nil else {
                throw .invalidValue(
                    key: key, value: entry.string ?? "", reason: "each entry must be one user or group name")
            }
            names.insert(name)
        }
        return names
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
