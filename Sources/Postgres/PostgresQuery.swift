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
public struct PostgresQuery: Sendable, ExpressibleByStringInterpolation {
    public var sql: String
    public var bindings: PostgresBindings

    /// A statement built at run time, e.g. a multi-row INSERT; `sql` must refer to `bindings` as `$n`.
    public init(unsafeSQL sql: String, bindings: PostgresBindings = PostgresBindings()) {
        self.sql = sql
        self.bindings = bindings
    }

    public init(stringLiteral value: String) {
        self.init(unsafeSQL: value)
    }

    public init(stringInterpolation: StringInterpolation) {
        self.init(unsafeSQL: stringInterpolation.sql, bindings: stringInterpolation.bindings)
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var sql = ""
        var bindings = PostgresBindings()

        public init(literalCapacity: Int, interpolationCount: Int) {
            sql.reserveCapacity(literalCapacity + interpolationCount * 3)
        }

        public mutating func appendLiteral(_ literal: String) {
            sql += literal
        }

        /// Binds `value` as the next parameter.
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value) {
            bindings.append(value)
            sql += "$\(bindings.count)"
        }

        /// Binds `value` as the next parameter, NULL when it is `nil`.
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value?) {
            bindings.append(value)
            sql += "$\(bindings.count)"
        }

        /// Inserts constant SQL kept in a `static let` (a column list, a shared condition) as is.
        /// Never for values: those are bound with the plain interpolation.
        public mutating func appendInterpolation(unescaped sql: String) {
            self.sql += sql
        }

        /// Inserts a quoted identifier, e.g. a configured schema name.
        public mutating func appendInterpolation(identifier: String) {
            sql += PostgresQuery.quoteIdentifier(identifier)
        }
    }

    /// Double-quotes an identifier as PostgreSQL's `quote_ident` does.
    public static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

/// The parameters of a statement: their types and binary values.
public struct PostgresBindings: Sendable {
    enum Value: Sendable {
        case encoded(PostgresType, [UInt8]?)
        case failed(PostgresError)
    }

    var values: [Value] = []

    public init() {}

    public var count: Int { values.count }

    /// Appends a parameter; an encoding failure is reported when the statement runs.
    public mutating func append<Value: PostgresEncodable>(_ value: Value) {
        do {
            values.append(.encoded(Value.postgresType, try value.encode()))
        } catch {
            if case .invalidParameter(_, let reason) = error {
                values.append(.failed(.invalidParameter(index: values.count + 1, reason: reason)))
            } else {
                values.append(.failed(error))
            }
        }
    }
}
