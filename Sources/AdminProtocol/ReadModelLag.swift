/// In a command's reply when its change is stored but the read models had not reached it in time:
/// lists and lookups do not show it yet. The CLI says so and exits with its own status, so a script
/// does not take the next NotFound for a lost write.
package struct ReadModelLag: Codable, Sendable, Equatable {
    /// How far the read models had come, `<transaction>/<sequence>`; the reply's position is later.
    package var reached: String
    /// How long the command waited for them.
    package var waitedSeconds: Double

    package init(reached: String, waitedSeconds: Double) {
        self.reached = reached
        self.waitedSeconds = waitedSeconds
    }
}
