import Domain

/// What one council's digest and agenda are made from, read from the read models in a few set-based
/// queries: the council, its proposals, the issues they went into, and what happened to them.
package struct CouncilDigestFacts: Sendable, Equatable {
    package var council: CouncilFact
    /// Every proposal the council has put forward, oldest first.
    package var proposals: [ProposalFact]
    /// Every issue that holds one of its proposals (merged issues through their survivor).
    package var issues: [IssueFact]
    /// The days its meetings were held, oldest first.
    package var meetings: [MeetingFact]

    package init(council: CouncilFact, proposals: [ProposalFact], issues: [IssueFact], meetings: [MeetingFact]) {
        self.council = council
        self.proposals = proposals
        self.issues = issues
        self.meetings = meetings
    }

    package struct CouncilFact: Sendable, Equatable {
        package var id: CouncilID
        package var name: String
        package var unitId: UnitID
        package var unitName: String
        /// A standing brukarråd or dialogue meetings: decides what the letters call it.
        package var form: CouncilForm

        package init(id: CouncilID, name: String, unitId: UnitID, unitName: String, form: CouncilForm = .userCouncil) {
            self.id = id
            self.name = name
            self.unitId = unitId
            self.unitName = unitName
            self.form = form
        }
    }

    package struct MeetingFact: Sendable, Equatable {
        package var id: MeetingID
        package var heldOn: CalendarDate

        package init(id: MeetingID, heldOn: CalendarDate) {
            self.id = id
            self.heldOn = heldOn
        }
    }

    package struct ProposalFact: Sendable, Equatable {
        package var id: ProposalID
        package var text: String
        package var putForwardOn: CalendarDate
        package var meetingId: MeetingID?
        package var withdrawn: Bool
        /// The issue it is in now, if it became one.
        package var issueId: IssueID?
        /// The day it went into an issue.
        package var linkedOn: CalendarDate?
        /// The day its text was last rectified, if it was.
        package var amendedOn: CalendarDate?

        package init(
            id: ProposalID, text: String, putForwardOn: CalendarDate, meetingId: MeetingID?, withdrawn: Bool,
            issueId: IssueID?, linkedOn: CalendarDate?, amendedOn: CalendarDate? = nil
        ) {
            self.amendedOn = amendedOn
            self.id = id
            self.text = text
            self.putForwardOn = putForwardOn
            self.meetingId = meetingId
            self.withdrawn = withdrawn
            self.issueId = issueId
            self.linkedOn = linkedOn
        }
    }

    /// A finding of a user-led revision that went into the same issue.
    package struct FindingFact: Sendable, Equatable {
        package var revisionTitle: String
        package var text: String
        package var linkedOn: CalendarDate?

        package init(revisionTitle: String, text: String, linkedOn: CalendarDate?) {
            self.revisionTitle = revisionTitle
            self.text = text
            self.linkedOn = linkedOn
        }
    }

    package struct IssueFact: Sendable, Equatable {
        package var id: IssueID
        package var title: String
        package var status: IssueStatus
        package var outcome: DecisionOutcome?
        package var motivation: String?
        package var decidedBy: String?
        package var decidedOn: CalendarDate?
        package var owner: String?
        package var dueDate: CalendarDate?
        package var registeredOn: CalendarDate
        package var implementedOn: CalendarDate?
        package var implementationSummary: String?
        package var verifiedOn: CalendarDate?
        package var verificationNote: String?
        package var withdrawnOn: CalendarDate?
        package var withdrawnReason: String?
        /// The feedback owed to this council.
        package var feedbackOwed: [FeedbackDue]
        package var findings: [FindingFact]
        /// Escalations to ledningen about it, oldest first.
        package var escalations: [PolicyEffectRecord]
        /// Since when this council is asked whether the implemented change works as they meant
        /// (brukarkvittens); nil when it is not asked, or has answered.
        package var kvittensAskedSince: CalendarDate?
        /// This council's "inte kvitterat", which reopened the issue, until it is carried out again.
        package var kvittensNotHeld: Kvittens?
        /// The corrections (rättelser) of its facts, oldest first.
        package var corrections: [IssueCorrection] = []
        /// This council's "kvitterat" since the issue was last carried out: a letter about a month that
        /// ended before it was given still asks (``CouncilDigestFacts/asOf(_:)``).
        package var kvittensHeld: Kvittens?
        /// Whether the issue was followed up without a brukarkvittens: a letter about a month that ended
        /// before that follow-up still asks the councils that had not answered.
        package var verifiedWithoutKvittens: Bool

        package init(
            id: IssueID, title: String, status: IssueStatus, outcome: DecisionOutcome?, motivation: String?,
            decidedBy: String?, decidedOn: CalendarDate?, owner: String?, dueDate: CalendarDate?,
            registeredOn: CalendarDate, implementedOn: CalendarDate?, implementationSummary: String?,
            verifiedOn: CalendarDate?, verificationNote: String?, withdrawnOn: CalendarDate?, withdrawnReason: String?,
            feedbackOwed: [FeedbackDue], findings: [FindingFact], escalations: [PolicyEffectRecord],
            kvittensAskedSince: CalendarDate? = nil, kvittensNotHeld: Kvittens? = nil, kvittensHeld: Kvittens? = nil,
            verifiedWithoutKvittens: Bool = false
        ) {
            self.kvittensAskedSince = kvittensAskedSince
            self.kvittensNotHeld = kvittensNotHeld
            self.kvittensHeld = kvittensHeld
            self.verifiedWithoutKvittens = verifiedWithoutKvittens
            self.id = id
            self.title = title
            self.status = status
            self.outcome = outcome
            self.motivation = motivation
            self.decidedBy = decidedBy
            self.decidedOn = decidedOn
            self.owner = owner
            self.dueDate = dueDate
            self.registeredOn = registeredOn
            self.implementedOn = implementedOn
            self.implementationSummary = implementationSummary
            self.verifiedOn = verifiedOn
            self.verificationNote = verificationNote
            self.withdrawnOn = withdrawnOn
            self.withdrawnReason = withdrawnReason
            self.feedbackOwed = feedbackOwed
            self.findings = findings
            self.escalations = escalations
        }

        package var isOpen: Bool { status.isOpen(outcome: outcome) }

        /// Registered, in preparation or reopened: waiting for a decision.
        package var awaitsDecision: Bool { [.registered, .inPreparation, .reopened].contains(status) }

        /// Late: it can still be late (``IssueStatus/canBeLate(outcome:)``) and its planned date has passed.
        package func isLate(today: CalendarDate) -> Bool {
            status.canBeLate(outcome: outcome) && (dueDate.map { $0 < today } ?? false)
        }

        package func owes(_ occasion: FeedbackOccasion) -> FeedbackDue? {
            feedbackOwed.first { $0.occasion == occasion }
        }
    }
}
