import Domain
import Foundation

/// Register a unit (verksamhet).
package struct RegisterUnitParameters: Codable, Sendable, Equatable {
    package var name: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(name: String, commandId: UUID? = nil) {
        self.name = name
        self.commandId = commandId
    }
}

/// Give a unit a new name.
package struct RenameUnitParameters: Codable, Sendable, Equatable {
    package var unitId: String
    package var name: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(unitId: String, name: String, commandId: UUID? = nil) {
        self.unitId = unitId
        self.name = name
        self.commandId = commandId
    }
}

/// Create a council for a unit; `form` is `brukarrad` or `dialogmote`.
package struct CreateCouncilParameters: Codable, Sendable, Equatable {
    package var unitId: String
    package var name: String
    package var form: CouncilForm
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(unitId: String, name: String, form: CouncilForm, commandId: UUID? = nil) {
        self.unitId = unitId
        self.name = name
        self.form = form
        self.commandId = commandId
    }
}

/// Record a meeting that took place: its date and how many took part, no names.
package struct RecordMeetingParameters: Codable, Sendable, Equatable {
    package var councilId: String
    package var heldOn: CalendarDate
    package var participantCount: Int
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(councilId: String, heldOn: CalendarDate, participantCount: Int, commandId: UUID? = nil) {
        self.councilId = councilId
        self.heldOn = heldOn
        self.participantCount = participantCount
        self.commandId = commandId
    }
}

/// A council puts forward a proposal.
package struct PutForwardProposalParameters: Codable, Sendable, Equatable {
    package var councilId: String
    package var meetingId: String?
    package var text: String
    package var qualityArea: QualityArea?
    package var pseudonym: String?
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(
        councilId: String, meetingId: String? = nil, text: String, qualityArea: QualityArea? = nil,
        pseudonym: String? = nil, commandId: UUID? = nil
    ) {
        self.councilId = councilId
        self.meetingId = meetingId
        self.text = text
        self.qualityArea = qualityArea
        self.pseudonym = pseudonym
        self.commandId = commandId
    }
}

/// The council withdraws its proposal.
package struct WithdrawProposalParameters: Codable, Sendable, Equatable {
    package var proposalId: String
    package var reason: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(proposalId: String, reason: String, commandId: UUID? = nil) {
        self.proposalId = proposalId
        self.reason = reason
        self.commandId = commandId
    }
}

/// Plan a user-led revision of a unit.
package struct PlanRevisionParameters: Codable, Sendable, Equatable {
    package var unitId: String
    package var periodStart: CalendarDate
    package var periodEnd: CalendarDate
    package var auditorCount: Int
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(
        unitId: String, periodStart: CalendarDate, periodEnd: CalendarDate, auditorCount: Int, commandId: UUID? = nil
    ) {
        self.unitId = unitId
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.auditorCount = auditorCount
        self.commandId = commandId
    }
}

/// Publish a revision's report.
package struct PublishRevisionReportParameters: Codable, Sendable, Equatable {
    package var revisionId: String
    package var publishedOn: CalendarDate
    package var title: String?
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(revisionId: String, publishedOn: CalendarDate, title: String? = nil, commandId: UUID? = nil) {
        self.revisionId = revisionId
        self.publishedOn = publishedOn
        self.title = title
        self.commandId = commandId
    }
}

/// Record one finding of a published report.
package struct RecordFindingParameters: Codable, Sendable, Equatable {
    package var revisionId: String
    package var text: String
    package var qualityArea: QualityArea
    package var recommendation: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(
        revisionId: String, text: String, qualityArea: QualityArea, recommendation: String, commandId: UUID? = nil
    ) {
        self.revisionId = revisionId
        self.text = text
        self.qualityArea = qualityArea
        self.recommendation = recommendation
        self.commandId = commandId
    }
}

/// Start a certification cycle; `renews` names the previous cycle.
package struct StartCertificationParameters: Codable, Sendable, Equatable {
    package var unitId: String
    package var startedOn: CalendarDate
    package var renews: String?
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(unitId: String, startedOn: CalendarDate, renews: String? = nil, commandId: UUID? = nil) {
        self.unitId = unitId
        self.startedOn = startedOn
        self.renews = renews
        self.commandId = commandId
    }
}

/// Assess one of the ten quality areas.
package struct AssessQualityAreaParameters: Codable, Sendable, Equatable {
    package var certificationId: String
    package var area: QualityArea
    package var fulfilled: Bool
    package var note: String?
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(
        certificationId: String, area: QualityArea, fulfilled: Bool, note: String? = nil, commandId: UUID? = nil
    ) {
        self.certificationId = certificationId
        self.area = area
        self.fulfilled = fulfilled
        self.note = note
        self.commandId = commandId
    }
}

/// Add an action item to the handlingsplan.
package struct AddActionItemParameters: Codable, Sendable, Equatable {
    package var certificationId: String
    package var area: QualityArea
    package var action: String
    package var owner: String
    package var dueDate: CalendarDate
    package var followedUpBy: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(
        certificationId: String, area: QualityArea, action: String, owner: String, dueDate: CalendarDate,
        followedUpBy: String, commandId: UUID? = nil
    ) {
        self.certificationId = certificationId
        self.area = area
        self.action = action
        self.owner = owner
        self.dueDate = dueDate
        self.followedUpBy = followedUpBy
        self.commandId = commandId
    }
}

/// Ledningen adopts the handlingsplan.
package struct AdoptActionPlanParameters: Codable, Sendable, Equatable {
    package var certificationId: String
    package var adoptedOn: CalendarDate
    package var decidedBy: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(certificationId: String, adoptedOn: CalendarDate, decidedBy: String, commandId: UUID? = nil) {
        self.certificationId = certificationId
        self.adoptedOn = adoptedOn
        self.decidedBy = decidedBy
        self.commandId = commandId
    }
}

/// The unit is certified.
package struct CertifyParameters: Codable, Sendable, Equatable {
    package var certificationId: String
    package var certifiedOn: CalendarDate
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(certificationId: String, certifiedOn: CalendarDate, commandId: UUID? = nil) {
        self.certificationId = certificationId
        self.certifiedOn = certifiedOn
        self.commandId = commandId
    }
}
