import Foundation
import TestSupport
import Testing
import Varlink

extension AdminDaemonTests {
    /// `LoadDemo` over the socket.
    @Suite struct Demo {
        /// LoadDemo holds a lock while its commands run; with the smallest pool the configuration allows
        /// it must still answer, not wait for a connection it holds itself.
        /// The reply's deadline is far above any normal run (a couple of hundred commands on one
        /// connection); the time limit bounds the test.
        @Test(.timeLimit(.minutes(10))) func loadDemoAnswersWithAPoolOfOne() async throws {
            try await withAdminDaemon(AdminDaemonOptions(poolSize: 1)) { daemon in
                try await daemon.waitUntilTheScheduleSleeps()
                let connection = try await RawSocketClient.connect(to: daemon.socket)
                let loaded = try await connection.roundTrip("io.tredjekraft.admin.LoadDemo", timeout: .seconds(600))
                #expect(loaded.error == nil && loaded.parameters?["events"] != nil, "\(loaded)\nlog:\n\(daemon.log)")
                // The daemon still serves queries afterwards.
                let units = try await connection.roundTrip("io.tredjekraft.admin.ListUnits", timeout: .seconds(600))
                #expect(units.error == nil, "\(units)")
                await connection.hangUp()
            }
        }
    }
}
