import Foundation
import Postgres

/// A batch of rows sent as one typed array per column: `INSERT … SELECT … FROM unnest($1::uuid[], …)`.
///
/// PostgreSQL reads binary arrays without any JSON in between — writing the issues projection's rows
/// through `jsonb_populate_recordset` of JSON made by `JSONEncoder` was a fifth of a rebuild's time.
/// Columns of an array type travel as their array literal (`{"a","b"}`) and are cast in the `SELECT`,
/// since `unnest` would flatten an array of arrays.
struct UnnestColumns {
    private(set) var names: [String] = []
    private var parameters: [String] = []
    private var selections: [String] = []
    private var bindings = PostgresBindings()

    /// A column of `values`, one per row, read as `type` (`uuid`, `text`, `date`, …).
    mutating func add<Value: PostgresEncodable>(_ name: String, _ type: String, _ values: [Value]) {
        names.append(name)
        bindings.append(values)
        parameters.append("$\(bindings.count)::\(type)[]")
        selections.append("u.\(PostgresQuery.quoteIdentifier(name))")
    }

    /// An array-typed column (`text[]`, `uuid[]`): each row's elements, sent as the array's literal.
    mutating func addArrays(_ name: String, _ elementType: String, _ values: [[String]]) {
        names.append(name)
        bindings.append(values.map(Self.arrayLiteral))
        parameters.append("$\(bindings.count)::text[]")
        selections.append("u.\(PostgresQuery.quoteIdentifier(name))::\(elementType)[]")
    }

    /// `INSERT INTO table (columns) SELECT … FROM unnest(…)` followed by `suffix` (e.g. `ON CONFLICT …`).
    func insert(into table: String, schema: String, suffix: String = "") -> PostgresQuery {
        let quoted = names.map(PostgresQuery.quoteIdentifier)
        return PostgresQuery(
            unsafeSQL: """
                INSERT INTO \(PostgresQuery.quoteIdentifier(schema)).\(PostgresQuery.quoteIdentifier(table)) \
                (\(quoted.joined(separator: ", ")))
                SELECT \(selections.joined(separator: ", "))
                FROM unnest(\(parameters.joined(separator: ", "))) AS u(\(quoted.joined(separator: ", ")))
                \(suffix)
                """,
            bindings: bindings)
    }

    /// `{"a","b\"c"}`: every element quoted, `"` and `\` escaped, so any text is one element.
    static func arrayLiteral(_ elements: [String]) -> String {
        var literal = "{"
        for (index, element) in elements.enumerated() {
            if index > 0 { literal += "," }
            literal += "\""
            for character in element.unicodeScalars {
                if character == "\"" || character == "\\" { literal += "\\" }
                literal.unicodeScalars.append(character)
            }
            literal += "\""
        }
        return literal + "}"
    }
}
