import CLibPQ
import Foundation

extension PostgresConnection {
    /// The name of `sql` prepared on this session with these parameter types, preparing it first if it
    /// is new; `nil` (run it unprepared) once the session holds ``preparedStatementLimit`` statements.
    func preparedStatement(_ sql: String, types: [Oid], handle: OpaquePointer) throws(PostgresError)
        -> String?
    {
        let key = PreparedKey(sql: sql, types: types)
        if let name = preparedStatements[key] { return name }
        guard preparedStatements.count < Self.preparedStatementLimit else { return nil }
        preparedStatementsMade += 1
        let name = "tredjekraft_\(preparedStatementsMade)"
        let result = isolatedCall { PQprepare(handle, name, sql, Int32(types.count), types) }
        _ = try check(result, handle: handle)  // the rows free the result
        preparedStatements[key] = name
        return name
    }
}
