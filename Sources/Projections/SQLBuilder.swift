import Postgres

/// Builds a statement whose conditions depend on the caller, still binding every value.
struct SQLBuilder {
    private(set) var sql: String
    private(set) var bindings = PostgresBindings()

    init(_ sql: String) { self.sql = sql }

    /// Appends constant SQL text.
    mutating func append(_ text: String) {
        sql += text
    }

    /// Appends constant SQL text followed by `value` as the next parameter.
    mutating func append<Value: PostgresEncodable>(_ text: String, _ value: Value) {
        sql += text
        bindings.append(value)
        sql += "$\(bindings.count)"
    }

    var query: PostgresQuery { PostgresQuery(unsafeSQL: sql, bindings: bindings) }

    static func bindings<Value: PostgresEncodable>(_ value: Value) -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(value)
        return bindings
    }
}
