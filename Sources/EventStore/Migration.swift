import Foundation

/// One step of a schema's history, embedded in the binary.
///
/// `sql` may hold several statements; `{schema}` stands for the quoted schema name, so one binary can
/// serve several schemas (tests use one each), and `{schema_literal}` for that quoted name as a string
/// literal (for `::regnamespace` and messages).
package struct Migration: Sendable {
    package var version: Int
    package var description: String
    package var sql: String

    package init(version: Int, description: String, sql: String) {
        self.version = version
        self.description = description
        self.sql = sql
    }

    func sql(for schema: String) -> String {
        let identifier = "\"" + schema.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let literal = "'" + identifier.replacingOccurrences(of: "'", with: "''") + "'"
        return sql.replacingOccurrences(of: "{schema_literal}", with: literal)
            .replacingOccurrences(of: "{schema}", with: identifier)
    }
}
