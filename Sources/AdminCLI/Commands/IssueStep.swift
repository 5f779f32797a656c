import AdminProtocol

/// A lifecycle step that needs nothing but the issue (`prepare`, `start`): the command declares its
/// method and sentence, the call is the same for all.
protocol IssueStep: DaemonCommand {
    static var method: AdminMethod { get }
    /// What is said when the step is done.
    static var sentence: String { get }
    var issueId: String { get }
    var write: WriteOptions { get }
}

extension IssueStep {
    var parameters: IssueStepParameters { IssueStepParameters(issueId: issueId, commandId: write.commandId) }

    func run(on console: Console) async throws {
        try await change(Self.method, parameters, on: console, done: Self.sentence)
    }
}
