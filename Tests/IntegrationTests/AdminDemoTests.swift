import Foundation
import TestSupport
import Testing
import Varlink

extension AdminDaemonTests {
    /// `LoadDemo` over the socket.
    @Suite struct Demo {
        /// LoadDemo holds a lock while its commands run; with the smallest pool the configuration allows
        /// it must still answer, not wait for a connection it holds itself.
        @Test(.timeLimit(.minutes(5))) func loadDemoAnswersWithAPoolOfOne() async throws {
            try await withAdminDaemon(AdminDaemonOptions(poolSize: 1)) { daemon in
                let connection = try await RawSocketClient.connect(to: daemon.socket)
                let loaded = try await connection.roundTrip("io.tredjekraft.admin.LoadDemo", timeout: .seconds(90))
                #expect(loaded.error == nil && loaded.parameters?["events"] != nil, "\(loaded)\nlog:\n\(daemon.log)")
                // The daemon still serves queries afterwards.
                let units = try await connection.roundTrip("io.tredjekraft.admin.ListUnits", timeout: .seconds(90))
                #expect(units.error == nil, "\(units)")
                await connection.hangUp()
            }
        }
    }
}
