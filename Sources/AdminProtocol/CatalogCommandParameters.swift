import Domain
import Foundation

/// Register a unit (verksamhet).
public struct RegisterUnitParameters: Codable, Sendable, Equatable {
    public var name: String
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(name: String, commandId: UUID? = nil) {
        self.name = name
        self.commandId = commandId
    }
}

/// Give a unit a new name.
public struct RenameUnitParameters: Codable, Sendable, Equatable {
    public var unitId: String
    public var name: String
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(unitId: String, name: String, commandId: UUID? = nil) {
        self.unitId = unitId
        self.name = name
        self.commandId = commandId
    }
}

/// Create a council for a unit; `form` is `brukarrad` or `dialogmote`.
public struct CreateCouncilParameters: Codable, Sendable, Equatable {
    public var unitId: String
    public var name: String
    public var form: CouncilForm
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(unitId: String, name: String, form: CouncilForm, commandId: UUID? = nil) {
        self.unitId = unitId
        self.name = name
        self.form = form
        self.commandId = commandId
    }
}

/// Record a meeting that took place: its date and how many took part, no names.
public struct RecordMeetingParameters: Codable, Sendable, Equatable {
    public var councilId: String
    public var heldOn: CalendarDate
    public var participantCount: Int
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(councilId: String, heldOn: CalendarDate, participantCount: Int, commandId: UUID? = nil) {
        self.councilId = councilId
        self.heldOn = heldOn
        self.participantCount = participantCount
        self.commandId = commandId
    }
}

/// A council puts forward a proposal.
public struct PutForwardProposalParameters: Codable, Sendable, Equatable {
    public var councilId: String
    public var meetingId: String?
    public var text: String
    public var qualityArea: QualityArea?
    public var pseudonym: String?
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(councilId: String, meetingId: String? = nil, text: String, qualityArea: QualityArea? = nil, pseudonym: String? = nil, commandId: UUID? = nil) {
        self.councilId = councilId
        self.meetingId = meetingId
        self.text = text
        self.qualityArea = qualityArea
        self.pseudonym = pseudonym
        self.commandId = commandId
    }
}

/// The council withdraws its proposal.
public struct WithdrawProposalParameters: Codable, Sendable, Equatable {
    public var proposalId: String
    public var reason: String
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(proposalId: String, reason: String, commandId: UUID? = nil) {
        self.proposalId = proposalId
        self.reason = reason
        self.commandId = commandId
    }
}

/// Plan a user-led revision of a unit.
public struct PlanRevisionParameters: Codable, Sendable, Equatable {
    public var unitId: String
    public var periodStart: CalendarDate
    public var periodEnd: CalendarDate
    public var auditorCount: Int
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(unitId: String, periodStart: CalendarDate, periodEnd: CalendarDate, auditorCount: Int, commandId: UUID? = nil) {
        self.unitId = unitId
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.auditorCount = auditorCount
        self.commandId = commandId
    }
}

/// Publish a revision's report.
public struct PublishRevisionReportParameters: Codable, Sendable, Equatable {
    public var revisionId: String
    public var publishedOn: CalendarDate
    public var title: String?
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(revisionId: String, publishedOn: CalendarDate, title: String? = nil, commandId: UUID? = nil) {
        self.revisionId = revisionId
        self.publishedOn = publishedOn
        self.title = title
        self.commandId = commandId
    }
}

/// Record one finding of a published report.
public struct RecordFindingParameters: Codable, Sendable, Equatable {
    public var revisionId: String
    public var text: String
    public var qualityArea: QualityArea
    public var recommendation: String
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(revisionId: String, text: String, qualityArea: QualityArea, recommendation: String, commandId: UUID? = nil) {
        self.revisionId = revisionId
        self.text = text
        self.qualityArea = qualityArea
        self.recommendation = recommendation
        self.commandId = commandId
    }
}

/// Start a certification cycle; `renews` names the previous cycle.
public struct StartCertificationParameters: Codable, Sendable, Equatable {
    public var unitId: String
    public var startedOn: CalendarDate
    public var renews: String?
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(unitId: String, startedOn: CalendarDate, renews: String? = nil, commandId: UUID? = nil) {
        self.unitId = unitId
        self.startedOn = startedOn
        self.renews = renews
        self.commandId = commandId
    }
}

/// Assess one of the ten quality areas.
public struct AssessQualityAreaParameters: Codable, Sendable, Equatable {
    public var certificationId: String
    public var area: QualityArea
    public var fulfilled: Bool
    public var note: String?
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(certificationId: String, area: QualityArea, fulfilled: Bool, note: String? = nil, commandId: UUID? = nil) {
        self.certificationId = certificationId
        self.area = area
        self.fulfilled = fulfilled
        self.note = note
        self.commandId = commandId
    }
}

/// Add an action item to the handlingsplan.
public struct AddActionItemParameters: Codable, Sendable, Equatable {
    public var certificationId: String
    public var area: QualityArea
    public var action: String
    public var owner: String
    public var dueDate: CalendarDate
    public var followedUpBy: String
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(certificationId: String, area: QualityArea, action: String, owner: String, dueDate: CalendarDate, followedUpBy: String, commandId: UUID? = nil) {
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
public struct AdoptActionPlanParameters: Codable, Sendable, Equatable {
    public var certificationId: String
    public var adoptedOn: CalendarDate
    public var decidedBy: String
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(certificationId: String, adoptedOn: CalendarDate, decidedBy: String, commandId: UUID? = nil) {
        self.certificationId = certificationId
        self.adoptedOn = adoptedOn
        self.decidedBy = decidedBy
        self.commandId = commandId
    }
}

/// The unit is certified.
public struct CertifyParameters: Codable, Sendable, Equatable {
    public var certificationId: String
    public var certifiedOn: CalendarDate
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(certificationId: String, certifiedOn: CalendarDate, commandId: UUID? = nil) {
        self.certificationId = certificationId
        self.certifiedOn = certifiedOn
        self.commandId = commandId
    }
}
