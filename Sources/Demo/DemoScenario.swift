import Domain
import Foundation

/// Demonstration data drawn from the seed documents, as the domain commands a coordinator would give:
/// Lund vuxenstöd's dialogue meetings and "Brukarnas 10 i topp", the certification of Iris Mullsjö HVB,
/// and the brukarrevision of försörjningsstöd in Biskopsgården.
///
/// Every date is counted from `today` (the oldest step is 400 days back), so whenever the demo is
/// loaded some issues are overdue and some councils have waited more than 30 days for feedback. Ids
/// are derived from stable names and never change; a few are named below for the README. Pure: no
/// clock, no I/O. Load it by handling `steps` in order, each at its own instant (`DemoStep.at`).
package struct DemoScenario: Sendable, Equatable {
    /// The commands in the order they must be handled; `at` never decreases and nothing happens
    /// after noon `today`.
    package var steps: [DemoStep]

    package init(today: CalendarDate, timeZone: TimeZone) {
        var script = DemoScript(today: today, timeZone: timeZone)
        LundStory.write(into: &script)
        IrisStory.write(into: &script)
        BiskopsgardenStory.write(into: &script)
        steps = script.ordered
    }

    // MARK: Well-known ids

    /// Lund's proposal "Umgänge med barn på stödboendet": the whole loop, from the dialogue meeting to a
    /// partly accepted decision, the visiting room, feedback at two meetings and follow-up.
    /// `tredjekraft trace eef1c3de-4352-8b93-bc6d-54ee0875e372`
    package static let lundProposalUmgange: ProposalID = LundStory.Proposals.umgange
    /// Lund's "Tid att lyssna" (10 i topp, no. 2): accepted, under way, late, and the council still
    /// waits to hear about the decision. `073de3ca-fbaf-8a8c-b219-168a489a7e07`
    package static let lundProposalTidAttLyssna: ProposalID = LundStory.Proposals.tidAttLyssna
    /// Lund's "Samma handläggare hela vägen": the same problem as "Kontinuitet", merged into its issue.
    /// `1a095f22-b3d6-80b6-ae9e-8c83aa009039`
    package static let lundProposalSammaHandlaggare: ProposalID = LundStory.Proposals.sammaHandlaggare
    /// Lund's "Bjud in cheferna till dialogmötena": never made into an issue.
    /// `cf8cef3a-bf82-87f7-9909-29726b795c20`
    package static let lundProposalChefernaMed: ProposalID = LundStory.Proposals.chefernaMed
    /// Vuxenstöd Lund. `87686cf7-fa6d-84ff-8701-885fa48b9dca`
    package static let lundUnit: UnitID = LundStory.unit
    /// Lund's proposal "Relationen är viktig", whose issue waits for a decision past its date.
    package static let lundProposalRelationen: ProposalID = LundStory.Proposals.relationen
    package static let lundIssueRelationen: IssueID = LundStory.Issues.relationen
    /// Dialogmöten vuxenstöd Lund. `bd7fbb90-e3cd-843e-b561-62a275d64f99`
    package static let lundCouncil: CouncilID = LundStory.council
    /// Iris Mullsjö HVB's certification cycle, certified with a handlingsplan of six action items.
    /// `f0fb7e32-b7d3-8476-9631-1bda631dd453`
    package static let irisCertification: CertificationID = IrisStory.certification
    /// Biskopsgården's brukarrevision of försörjningsstöd. `395abde5-ff21-88cd-b129-186d657d34bc`
    package static let biskopsgardenRevision: RevisionID = BiskopsgardenStory.revision
    /// The breakfast meetings whose proposal the revision's finding joined.
    package static let biskopsgardenCouncil: CouncilID = BiskopsgardenStory.council
    /// Vägvisare till myndigheterna: the breakfast meeting's proposal, joined by the revision's finding.
    package static let biskopsgardenIssueMyndigheter: IssueID = BiskopsgardenStory.Issues.myndigheter
    /// The revision's finding about information on other authorities, linked to the issue a breakfast
    /// meeting had already raised. `498d1710-7ba6-8ada-889f-d360024135b9`
    package static let biskopsgardenFindingMyndigheter: FindingID = BiskopsgardenStory.Findings.myndigheter

    // MARK: Summary

    package var units: Int { count { if case .unit(_, .register) = $0 { true } else { false } } }
    package var councils: Int { count { if case .council(_, .create) = $0 { true } else { false } } }
    package var proposals: Int { count { if case .proposal(_, .putForward) = $0 { true } else { false } } }
    package var revisions: Int { count { if case .revision(_, .plan) = $0 { true } else { false } } }
    package var findings: Int { count { if case .revision(_, .recordFinding) = $0 { true } else { false } } }
    package var certifications: Int { count { if case .certification(_, .start) = $0 { true } else { false } } }
    package var actionItems: Int { count { if case .certification(_, .addActionItem) = $0 { true } else { false } } }
    package var issues: Int { count { if case .issue(_, .open) = $0 { true } else { false } } }

    private func count(_ matches: (DomainCommand) -> Bool) -> Int {
        steps.reduce(0) { $0 + (matches($1.command) ? 1 : 0) }
    }
}
