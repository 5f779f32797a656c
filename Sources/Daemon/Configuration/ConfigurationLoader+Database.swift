import Foundation
import Logging

/// The `database.*` section.
extension ConfigurationLoader {
    static let databaseKeys: Set<String> = [
        "database.url", "database.migration_url", "database.embedded", "database.schema", "database.pool_size",
    ]

    func readDatabase(_ values: KeyReader) async throws(ConfigurationError) -> DaemonConfiguration.Database {
        let url = try await values.string("database.url").flatMap { $0.isEmpty ? nil : $0 }
        let embeddedSetting = try await values.bool("database.embedded")
        if embeddedSetting == false && url == nil {
            throw .missingValue(
                key: "database.url",
                reason: "database.embedded is false, so a libpq conninfo or URI is needed "
                    + "(e.g. postgresql:///tredjekraft?host=/run/postgresql)")
        }
        if embeddedSetting == true, let url {
            throw .invalidValue(
                key: "database.embedded", value: "true",
                reason: "database.url is also set (\(Self.redacted(url))); use one or the other")
        }
        let migrationURL = try await values.string("database.migration_url").flatMap { $0.isEmpty ? nil : $0 }
        if migrationURL != nil && url == nil {
            throw .invalidValue(
                key: "database.migration_url", value: Self.redacted(migrationURL ?? ""),
                reason: "it is for a database named by database.url; the embedded cluster migrates with its own role")
        }
        let schema = try await values.string("database.schema") ?? DaemonConfiguration.Defaults.schema
        guard schema.range(of: #"^[a-z_][a-z0-9_]{0,62}$"#, options: .regularExpression) != nil else {
            throw .invalidValue(
                key: "database.schema", value: schema,
                reason: "use a PostgreSQL identifier: lower-case letters, digits and _, at most 63")
        }
        let poolSize = try await values.int("database.pool_size") ?? DaemonConfiguration.Defaults.poolSize
        guard (1...100).contains(poolSize) else {
            throw .invalidValue(key: "database.pool_size", value: "\(poolSize)", reason: "must be between 1 and 100")
        }
        return .init(
            url: url, migrationURL: migrationURL, embedded: embeddedSetting ?? (url == nil), schema: schema,
            poolSize: poolSize)
    }
}
