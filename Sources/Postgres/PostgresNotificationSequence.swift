/// Notifications of one listening session, until the consuming task is cancelled.
package struct PostgresNotificationSequence: AsyncSequence, Sendable {
    package typealias Element = PostgresNotification
    let connection: PostgresConnection

    package struct AsyncIterator: AsyncIteratorProtocol {
        let connection: PostgresConnection

        package mutating func next() async throws -> PostgresNotification? {
            do {
                return try await connection.nextNotification()
            } catch is CancellationError {
                return nil
            }
        }
    }

    package func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(connection: connection)
    }
}
