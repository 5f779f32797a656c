import Domain
import Foundation

// What the catalog holds, as coordinators list it: units, councils with their meetings, proposals,
// revisions with their findings, and a certification's assessments and action plan. Each source
// carries the issue it went into, so a list already answers "did anything happen?".

/// A unit (verksamhet) with how much goes on in it.
package struct UnitSummary: Codable, Sendable, Equatable {
    package var id: UnitID
    package var name: String
    package var councils: Int
    package var openIssues: Int

    package init(id: UnitID, name: String, councils: Int, openIssues: Int) {
        self.id = id
        self.name = name
        self.councils = councils
        self.openIssues = openIssues
    }
}

/// A council meeting: a date and a head count, never names.
package struct MeetingSummary: Codable, Sendable, Equatable {
    package var id: MeetingID
    package var heldOn: CalendarDate
    package var participantCount: Int

    package init(id: MeetingID, heldOn: CalendarDate, participantCount: Int) {
        self.id = id
        self.heldOn = heldOn
        self.participantCount = participantCount
    }
}

/// A council (brukarråd or dialogmöte) with its meetings, oldest first.
package struct CouncilSummary: Codable, Sendable, Equatable {
    package var id: CouncilID
    package var unitId: UnitID
    package var unitName: String
    package var name: String
    package var form: CouncilForm
    package var meetings: [MeetingSummary]
    package var proposals: Int

    package init(
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
package struct ProposalSummary: Codable, Sendable, Equatable {
    package var id: ProposalID
    package var councilId: CouncilID
    package var councilName: String
    package var meetingId: MeetingID?
    package var text: String
    package var qualityArea: QualityArea?
    package var pseudonym: String?
    package var putForwardOn: CalendarDate
    package var withdrawnReason: String?
    package var issueId: IssueID?
    package var issueStatus: IssueStatus?

    package init(
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
package struct FindingSummary: Codable, Sendable, Equatable {
    package var id: FindingID
    package var text: String
    package var qualityArea: QualityArea
    package var recommendation: String
    package var issueId: IssueID?
    package var issueStatus: IssueStatus?

    package init(
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
package struct RevisionSummary: Codable, Sendable, Equatable {
    package var id: RevisionID
    package var unitId: UnitID
    package var unitName: String
    package var periodStart: CalendarDate
    package var periodEnd: CalendarDate
    package var auditorCount: Int
    package var publishedOn: CalendarDate?
    package var title: String?
    package var findings: [FindingSummary]

    package init(
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
package struct AreaAssessment: Codable, Sendable, Equatable {
    package var area: QualityArea
    package var fulfilled: Bool
    package var note: String?

    package init(area: QualityArea, fulfilled: Bool, note: String?) {
        self.area = area
        self.fulfilled = fulfilled
        self.note = note
    }
}

/// An action item of a handlingsplan and the issue that tracks it, if any.
package struct ActionItemSummary: Codable, Sendable, Equatable {
    package var id: ActionItemID
    package var area: QualityArea
    package var action: String
    package var owner: String
    package var dueDate: CalendarDate
    package var followedUpBy: String
    /// Past its due date and not implemented.
    package var isOverdue: Bool
    package var issueId: IssueID?
    package var issueStatus: IssueStatus?

    package init(
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
package struct CertificationDetail: Codable, Sendable, Equatable {
    package var certification: CertificationStatus
    package var renews: CertificationID?
    package var adoptedBy: String?
    package var areas: [AreaAssessment]
    package var actionItems: [ActionItemSummary]

    package init(
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
