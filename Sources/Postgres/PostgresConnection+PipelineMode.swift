import CLibPQ

/// What ``PostgresConnection/pipelined(_:)`` and ``PostgresConnection/executeBatch(_:)`` share: how
/// statements enter libpq's pipeline mode. They differ only in where the syncs go.
extension PostgresConnection {
    /// Every statement's parameters encoded (and prepared statements made) before the server sees any:
    /// whatever can fail on the client fails here, outside pipeline mode.
    func encodeForPipeline(_ queries: [PostgresQuery], handle: OpaquePointer) throws(PostgresError)
        -> [(parameters: EncodedParameters, statement: String?)]
    {
        var encoded: [(parameters: EncodedParameters, statement: String?)] = []
        encoded.reserveCapacity(queries.count)
        for query in queries {
            let parameters = try EncodedParameters(query)
            let statement =
                query.isPrepared ? try preparedStatement(query.sql, types: parameters.types, handle: handle) : nil
            encoded.append((parameters, statement))
        }
        return encoded
    }

    /// Sends one statement in pipeline mode; with `sync`, a sync after it ends its transaction.
    func sendInPipeline(
        _ query: PostgresQuery, _ parameters: EncodedParameters, statement: String?, handle: OpaquePointer, sync: Bool
    ) throws(PostgresError) {
        let sent = parameters.withPointers { pointers, lengths, formats in
            isolatedCall {
                if let statement {
                    PQsendQueryPrepared(handle, statement, parameters.count, pointers, lengths, formats, 1)
                } else {
                    PQsendQueryParams(
                        handle, query.sql, parameters.count, parameters.types, pointers, lengths, formats, 1)
                }
            }
        }
        guard sent == 1, !sync || isolatedCall({ PQpipelineSync(handle) }) == 1 else {
            throw lost(Self.trimmed(PQerrorMessage(handle)) ?? "could not send a pipelined statement")
        }
    }
}
