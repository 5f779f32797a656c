import Domain
import Foundation

// What the catalog holds, as coordinators list it: units, councils with their meetings, proposals,
// revisions with their findings, and a certification's assessments and action plan. Each source
// carries the issue it went into, so a list already answers "did anything happen?".

/// A unit (verksamhet) with how much goes on in it.
public struct UnitSummary: Codable, Sendable, Equatable {
    public var id: UnitID
    public var name: String
    public var councils: Int
    public var openIssues: Int

    public init(id: UnitID, name: String, councils: Int, openIssues: Int) {
        self.id = id
        self.name = name
        self.councils = councils
        self.openIssues = openIssues
    }
}

/// A council meeting: a date and a head count, never names.
public struct MeetingSummary: Codable, Sendable, Equatable {
    public var id: MeetingID
    public var heldOn: CalendarDate
    public var participantCount: Int

    public init(id: MeetingID, heldOn: CalendarDate, participantCount: Int) {
        self.id = id
        self.heldOn = heldOn
        self.participantCount = participantCount
    }
}

/// A council (brukarråd or dialogmöte) with its meetings, oldest first.
public struct CouncilSummary: Codable, Sendable, Equatable {
    public var id: CouncilID
    public var unitId: UnitID
    public var unitName: String
    public var name: String
    public var form: CouncilForm
    public var meetings: [MeetingSummary]
    public var proposals: Int

    public init(
        id: CouncilID, unitId: UnitID, unitName: String, name: String, form: CouncilForm,
        meetings: [MeetingSummary], proposals: Int
    ) {
        self.id = id
        self.unitId = unitId
        self.unitName = unitName
        self.name = name
        self.form = form
        self.meetings = meetings
        self.proposals = proposals
    }
}

/// A proposal and, if it went into one, the issue where its work goes on (after merges).
public struct ProposalSummary: Codable, Sendable, Equatable {
    public var id: ProposalID
    public var councilId: CouncilID
    public var councilName: String
    public var meetingId: MeetingID?
    public var text: String
    public var qualityArea: QualityArea?
    public var pseudonym: String?
    public var putForwardOn: CalendarDate
    public var withdrawnReason: String?
    public var issueId: IssueID?
    public var issueStatus: IssueStatus?

    public init(
        id: ProposalID, councilId: CouncilID, councilName: String, meetingId: MeetingID?, text: String,
        qualityArea: QualityArea?, pseudonym: String?, putForwardOn: CalendarDate, withdrawnReason: String?,
        issueId: IssueID?, issueStatus: IssueStatus?
    ) {
        self.id = id
        self.councilId = councilId
        self.councilName = councilName
        self.meetingId = meetingId
        self.text = text
        self.qualityArea = qualityArea
        self.pseudonym = pseudonym
        self.putForwardOn = putForwardOn
        self.withdrawnReason = withdrawnReason
        self.issueId = issueId
        self.issueStatus = issueStatus
    }
}

/// A finding of a revision report and the issue it went into, if any.
public struct FindingSummary: Codable, Sendable, Equatable {
    public var id: FindingID
    public var text: String
    public var qualityArea: QualityArea
    public var recommendation: String
    public var issueId: IssueID?
    public var issueStatus: IssueStatus?

    public init(
        id: FindingID, text: String, qualityArea: QualityArea, recommendation: String, issueId: IssueID?,
        issueStatus: IssueStatus?
    ) {
        self.id = id
        self.text = text
        self.qualityArea = qualityArea
        self.recommendation = recommendation
        self.issueId = issueId
        self.issueStatus = issueStatus
    }
}

/// A user-led revision (brukarrevision) with its findings.
public struct RevisionSummary: Codable, Sendable, Equatable {
    public var id: RevisionID
    public var unitId: UnitID
    public var unitName: String
    public var periodStart: CalendarDate
    public var periodEnd: CalendarDate
    public var auditorCount: Int
    public var publishedOn: CalendarDate?
    public var title: String?
    public var findings: [FindingSummary]

    public init(
        id: RevisionID, unitId: UnitID, unitName: String, periodStart: CalendarDate, periodEnd: CalendarDate,
        auditorCount: Int, publishedOn: CalendarDate?, title: String?, findings: [FindingSummary]
    ) {
        self.id = id
        self.unitId = unitId
        self.unitName = unitName
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.auditorCount = auditorCount
        self.publishedOn = publishedOn
        self.title = title
        self.findings = findings
    }
}

/// The assessment of one quality area in a certification cycle.
public struct AreaAssessment: Codable, Sendable, Equatable {
    public var area: QualityArea
    public var fulfilled: Bool
    public var note: String?

    public init(area: QualityArea, fulfilled: Bool, note: String?) {
        self.area = area
        self.fulfilled = fulfilled
        self.note = note
    }
}

/// An action item of a handlingsplan and the issue that tracks it, if any.
public struct ActionItemSummary: Codable, Sendable, Equatable {
    public var id: ActionItemID
    public var area: QualityArea
    public var action: String
    public var owner: String
    public var dueDate: CalendarDate
    public var followedUpBy: String
    /// Past its due date and not implemented.
    public var isOverdue: Bool
    public var issueId: IssueID?
    public var issueStatus: IssueStatus?

    public init(
        id: ActionItemID, area: QualityArea, action: String, owner: String, dueDate: CalendarDate,
        followedUpBy: String, isOverdue: Bool, issueId: IssueID?, issueStatus: IssueStatus?
    ) {
        self.id = id
        self.area = area
        self.action = action
        self.owner = owner
        self.dueDate = dueDate
        self.followedUpBy = followedUpBy
        self.isOverdue = isOverdue
        self.issueId = issueId
        self.issueStatus = issueStatus
    }
}

/// One certification cycle in full: its standing, assessments and action plan.
public struct CertificationDetail: Codable, Sendable, Equatable {
    public var certification: CertificationStatus
    public var renews: CertificationID?
    public var adoptedBy: String?
    public var areas: [AreaAssessment]
    public var actionItems: [ActionItemSummary]

    public init(
        certification: CertificationStatus, renews: CertificationID?, adoptedBy: String?, areas: [AreaAssessment],
        actionItems: [ActionItemSummary]
    ) {
        self.certification = certification
        self.renews = renews
        self.adoptedBy = adoptedBy
        self.areas = areas
        self.actionItems = actionItems
    }
}
