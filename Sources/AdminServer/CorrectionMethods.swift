import AdminProtocol
import Domain
import Foundation
import ReadModelTypes
import Varlink

/// Corrections (rättelser) over the socket: each a domain command through the one write path, with
/// the caller as the actor of its event. Coordinators may correct, as they may record.
struct CorrectionMethods: Sendable {
    let context: AdminContext

    private var commands: CommandMethods { CommandMethods(context: context) }

    func register(on interface: inout VarlinkInterface) {
        let commands = self.commands
        func add<P: Decodable & Sendable>(
            _ method: AdminMethod, _ type: P.Type, commandId: @escaping @Sendable (P) -> UUID?,
            _ make: @escaping @Sendable (P) async throws -> DomainCommand
        ) {
            interface.add(method, type, requiring: .coordinator, context: context) { p, caller in
                try await commands.run(caller, commandId: commandId(p)) {
                    CommandMethods.Built(command: try await make(p))
                }
            }
        }
        add(.retitleIssue, RetitleIssueParameters.self, commandId: \.commandId) { p in
            .issue(try await commands.resolve(p.issueId, .issue, "issueId"), .retitle(title: p.title, reason: p.reason))
        }
        add(.correctDecision, CorrectDecisionParameters.self, commandId: \.commandId) { p in
            .issue(
                try await commands.resolve(p.issueId, .issue, "issueId"),
                .correctDecision(
                    outcome: p.outcome, motivation: p.motivation, decidedBy: p.decidedBy, reason: p.reason))
        }
        add(.correctDueDate, CorrectDueDateParameters.self, commandId: \.commandId) { p in
            .issue(
                try await commands.resolve(p.issueId, .issue, "issueId"), .correctDueDate(p.dueDate, reason: p.reason))
        }
        add(.correctOwner, CorrectOwnerParameters.self, commandId: \.commandId) { p in
            .issue(try await commands.resolve(p.issueId, .issue, "issueId"), .correctOwner(p.owner, reason: p.reason))
        }
        add(.amendProposal, AmendProposalParameters.self, commandId: \.commandId) { p in
            .proposal(
                try await commands.resolve(p.proposalId, .proposal, "proposalId"),
                .amend(text: p.text, reason: p.reason))
        }
        add(.setProposalArea, SetProposalAreaParameters.self, commandId: \.commandId) { p in
            .proposal(
                try await commands.resolve(p.proposalId, .proposal, "proposalId"),
                .setArea(p.qualityArea, reason: p.reason))
        }
        add(.correctMeetingDate, CorrectMeetingDateParameters.self, commandId: \.commandId) { p in
            .council(
                try await commands.resolve(p.councilId, .council, "councilId"),
                .correctMeetingDate(
                    meetingId: try await commands.resolve(p.meetingId, .meeting, "meetingId"), heldOn: p.heldOn,
                    reason: p.reason))
        }
    }
}
