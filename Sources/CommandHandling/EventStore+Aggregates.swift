import Domain
import EventCodec
import EventStore

extension EventStore {
    /// The state of one aggregate instance as the store has it now, for callers that only read (the
    /// mailer's check that a message is still due, the schedule's last runs). A change goes through a
    /// ``UnitOfWork`` instead, which reads and decides in one attempt.
    package func state<A: Aggregate>(of _: A.Type, _ id: A.ID) async throws -> A.State {
        let recorded = try await readStream(StreamID(A.streamName(id)))
        return A.replay(try recorded.compactMap { A.own(try DomainEventRecord($0).event)?.event })
    }
}
