/// A statement and its parameters, kept apart all the way to the server.
///
/// Interpolated values become `$n` parameters, so string-built SQL with values cannot happen by
/// accident:
///
/// ```swift
/// try await connection.query("SELECT title FROM issues WHERE id = \(id) AND unit = \(unit)")
/// ```
///
/// Identifiers that come from configuration (a schema name) are quoted with `\(identifier:)`.
package struct PostgresQuery: Sendable, ExpressibleByStringInterpolation {
    package var sql: String
    package var bindings: PostgresBindings
    /// Whether the session keeps this statement prepared (see ``prepared()``).
    package var isPrepared = false

    /// A statement built at run time, e.g. a multi-row INSERT; `sql` must refer to `bindings` as `$n`.
    package init(unsafeSQL sql: String, bindings: PostgresBindings = PostgresBindings()) {
        self.sql = sql
        self.bindings = bindings
    }

    /// The same statement, parsed and planned once per session and then executed by name.
    ///
    /// For statements that run often and whose parsing and planning cost more than running them — a
    /// detail query of several joins takes PostgreSQL about 0.8 ms to plan and 0.1 ms to run. Only for SQL
    /// of a fixed shape (values are bound, never spliced in): each distinct text is kept for the
    /// session's life.
    package func prepared() -> PostgresQuery {
        var query = self
        query.isPrepared = true
        return query
    }

    /// `query`, prepared once per session: `connection.query(.prepared("SELECT …"))`.
    package static func prepared(_ query: PostgresQuery) -> PostgresQuery { query.prepared() }

    package init(stringLiteral value: String) {
        self.init(unsafeSQL: value)
    }

    package init(stringInterpolation: StringInterpolation) {
        self.init(unsafeSQL: stringInterpolation.sql, bindings: stringInterpolation.bindings)
    }

    package struct StringInterpolation: StringInterpolationProtocol {
        var sql = ""
        var bindings = PostgresBindings()

        package init(literalCapacity: Int, interpolationCount: Int) {
            sql.reserveCapacity(literalCapacity + interpolationCount * 3)
        }

        package mutating func appendLiteral(_ literal: String) {
            sql += literal
        }

        /// Binds `value` as the next parameter.
        package mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value) {
            bindings.append(value)
            sql += "$\(bindings.count)"
        }

        /// Binds `value` as the next parameter, NULL when it is `nil`.
        package mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value?) {
            bindings.append(value)
            sql += "$\(bindings.count)"
        }

        /// Inserts constant SQL kept in a `static let` (a column list, a shared condition) as is.
        /// Never for values: those are bound with the plain interpolation.
        package mutating func appendInterpolation(unescaped sql: String) {
            self.sql += sql
        }

        /// Inserts a quoted identifier, e.g. a configured schema name.
        package mutating func appendInterpolation(identifier: String) {
            sql += PostgresQuery.quoteIdentifier(identifier)
        }
    }

    /// Double-quotes an identifier as PostgreSQL's `quote_ident` does.
    package static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
