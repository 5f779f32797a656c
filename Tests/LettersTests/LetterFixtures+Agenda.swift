import Digests
import Domain
import Foundation

extension LetterFixtures {
    /// The council's agenda for 10 December 2026, after the November digest told it of the decision
    /// on the coffee (delivered 1 December, which cleared that feedback): it is read aloud at the
    /// meeting all the same.
    static var agenda: CouncilAgenda {
        let given = [
            GivenFeedback(
                issueId: IssueID(uuid(16)), councilId: council.id, occasion: .decision, channel: .digest,
                givenOn: day("2026-12-01"))
        ]
        var facts = councilFacts
        for index in facts.issues.indices where facts.issues[index].id == IssueID(uuid(16)) {
            facts.issues[index].feedbackOwed = []
        }
        // A proposal put forward at today's meeting, registered before it starts.
        facts.proposals.append(proposal(12, "Fler aktiviteter på helgerna", on: "2026-12-10"))
        return CouncilAgenda.make(facts, given: given, meetingOn: day("2026-12-10"))
    }
}
