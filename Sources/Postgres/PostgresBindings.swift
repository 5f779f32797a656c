/// The parameters of a statement: their types and binary values.
package struct PostgresBindings: Sendable {
    enum Value: Sendable {
        case encoded(PostgresType, [UInt8]?)
        case failed(PostgresError)
    }

    var values: [Value] = []

    package init() {}

    package var count: Int { values.count }

    /// Appends a parameter; an encoding failure is reported when the statement runs.
    package mutating func append<Value: PostgresEncodable>(_ value: Value) {
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
