import AdminProtocol
import CommandHandling
import Domain
import EventStore
import Foundation
import Projections
import ReadModelTypes
import Varlink
import Wording

/// Carries out a command for a coordinator (or admin): the command handler, then the reply.
///
/// New aggregates get the command id as their id when the caller gives one, so repeating a command
/// (a retry after a lost reply) answers with the same id and writes nothing twice.
struct CommandMethods: Sendable {
    let context: AdminContext

    /// What a method builds from its parameters: the command, and how to name what it created.
    struct Built {
        var command: DomainCommand
        var created: @Sendable (inout CommandReply) -> Void = { _ in }
    }

    /// Runs the command `build` makes, with the caller as the actor of its events.
    func run(_ caller: AdminCaller, commandId: UUID?, build: () async throws -> Built) async throws -> CommandReply {
        let built = try await build()
        // A caller with roles for some units only changes those units' things.
        try await context.requireScope(caller) { try await context.unit(of: built.command) }
        if case .issue(_, .mergeInto(let survivor)) = built.command {
            try await context.requireScope(caller) { try await context.unit(ofIssue: survivor) }
        }
        let outcome = try await context.handler.handle(
            built.command,
            metadata: EventMetadata(actor: caller.userName, commandID: commandId, client: "tredjekraft admin socket"))
        var reply = CommandReply(
            events: outcome.events.map { AppendedEvent(type: $0.eventType, stream: $0.streamName) },
            position: outcome.position?.description, duplicate: outcome.isDuplicate,
            lag: outcome.lag.map {
                ReadModelLag(reached: $0.reached.description, waitedSeconds: Self.seconds($0.timeout))
            })
        built.created(&reply)
        return reply
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// The id for something new: the command id when given (see the type's comment), else a fresh one.
    static func newID<Kind>(_ commandId: UUID?) -> Identifier<Kind> { Identifier(commandId ?? UUID()) }

    func resolve<Kind>(_ text: String, _ kind: CatalogKind, _ parameter: String) async throws -> Identifier<Kind> {
        try await context.identifiers.resolve(text, as: kind, parameter: parameter)
    }

    // MARK: Registration

    func register(on interface: inout VarlinkInterface) {
        registerCatalog(on: &interface)
        registerCertification(on: &interface)
        registerIssues(on: &interface)
    }

    private func registerCatalog(on interface: inout VarlinkInterface) {
        interface.add(.registerUnit, RegisterUnitParameters.self, requiring: .coordinator, context: context) {
            p, caller in
            try await run(caller, commandId: p.commandId) {
                let id: UnitID = Self.newID(p.commandId)
                return Built(command: .unit(id, .register(name: p.name))) { $0.unitId = id.description }
            }
        }
        interface.add(.renameUnit, RenameUnitParameters.self, requiring: .coordinator, context: context) { p, caller in
            try await run(caller, commandId: p.commandId) {
                Built(command: .unit(try await resolve(p.unitId, .unit, "unitId"), .rename(name: p.name)))
            }
        }
        interface.add(.createCouncil, CreateCouncilParameters.self, requiring: .coordinator, context: context) {
            p, caller in
            try await run(caller, commandId: p.commandId) {
                let unit: UnitID = try await resolve(p.unitId, .unit, "unitId")
                let id: CouncilID = Self.newID(p.commandId)
                return Built(command: .council(id, .create(unitId: unit, name: p.name, form: p.form))) {
                    $0.councilId = id.description
                }
            }
        }
        interface.add(.recordMeeting, RecordMeetingParameters.self, requiring: .coordinator, context: context) {
            p, caller in
            try await run(caller, commandId: p.commandId) {
                let council: CouncilID = try await resolve(p.councilId, .council, "councilId")
                let id: MeetingID = Self.newID(p.commandId)
                return Built(
                    command: .council(
                        council, .recordMeeting(meetingId: id, heldOn: p.heldOn, participantCount: p.participantCount))
                ) { $0.meetingId = id.description }
            }
        }
        interface.add(.putForwardProposal, PutForwardProposalParameters.self, requiring: .coordinator, context: context)
        { p, caller in
            try await run(caller, commandId: p.commandId) {
                let council: CouncilID = try await resolve(p.councilId, .council, "councilId")
                let meeting: MeetingID? = try await context.identifiers.resolveOptional(
                    p.meetingId, as: .meeting, parameter: "meetingId")
                let id: ProposalID = Self.newID(p.commandId)
                return Built(
                    command: .proposal(
                        id,
                        .putForward(
                            councilId: council, meetingId: meeting, text: p.text, qualityArea: p.qualityArea,
                            pseudonym: p.pseudonym))
                ) { $0.proposalId = id.description }
            }
        }
        interface.add(.withdrawProposal, WithdrawProposalParameters.self, requiring: .coordinator, context: context) {
            p, caller in
            try await run(caller, commandId: p.commandId) {
                Built(
                    command: .proposal(
                        try await resolve(p.proposalId, .proposal, "proposalId"), .withdraw(reason: p.reason)))
            }
        }
        interface.add(.planRevision, PlanRevisionParameters.self, requiring: .coordinator, context: context) {
            p, caller in
            try await run(caller, commandId: p.commandId) {
                let unit: UnitID = try await resolve(p.unitId, .unit, "unitId")
                let id: RevisionID = Self.newID(p.commandId)
                return Built(
                    command: .revision(
                        id,
                        .plan(
                            unitId: unit, periodStart: p.periodStart, periodEnd: p.periodEnd,
                            auditorCount: p.auditorCount))
                ) { $0.revisionId = id.description }
            }
        }
        interface.add(
            .publishRevisionReport, PublishRevisionReportParameters.self, requiring: .coordinator, context: context
        ) { p, caller in
            try await run(caller, commandId: p.commandId) {
                Built(
                    command: .revision(
                        try await resolve(p.revisionId, .revision, "revisionId"),
                        .publishReport(publishedOn: p.publishedOn, title: p.title)))
            }
        }
        interface.add(.recordFinding, RecordFindingParameters.self, requiring: .coordinator, context: context) {
            p, caller in
            try await run(caller, commandId: p.commandId) {
                let revision: RevisionID = try await resolve(p.revisionId, .revision, "revisionId")
                let id: FindingID = Self.newID(p.commandId)
                return Built(
                    command: .revision(
                        revision,
                        .recordFinding(
                            findingId: id, text: p.text, qualityArea: p.qualityArea, recommendation: p.recommendation))
                ) { $0.findingId = id.description }
            }
        }
    }

    private func registerCertification(on interface: inout VarlinkInterface) {
        interface.add(.startCertification, StartCertificationParameters.self, requiring: .coordinator, context: context)
        { p, caller in
            try await run(caller, commandId: p.commandId) {
                let unit: UnitID = try await resolve(p.unitId, .unit, "unitId")
                let renews: CertificationID? = try await context.identifiers.resolveOptional(
                    p.renews, as: .certification, parameter: "renews")
                let id: CertificationID = Self.newID(p.commandId)
                return Built(command: .certification(id, .start(unitId: unit, startedOn: p.startedOn, renews: renews)))
                {
                    $0.certificationId = id.description
                }
            }
        }
        interface.add(.assessQualityArea, AssessQualityAreaParameters.self, requiring: .coordinator, context: context) {
            p, caller in
            try await run(caller, commandId: p.commandId) {
                Built(
                    command: .certification(
                        try await resolve(p.certificationId, .certification, "certificationId"),
                        .assessArea(area: p.area, fulfilled: p.fulfilled, note: p.note)))
            }
        }
        interface.add(.addActionItem, AddActionItemParameters.self, requiring: .coordinator, context: context) {
            p, caller in
            try await run(caller, commandId: p.commandId) {
                let certification: CertificationID = try await resolve(
                    p.certificationId, .certification, "certificationId")
                let id: ActionItemID = Self.newID(p.commandId)
                return Built(
                    command: .certification(
                        certification,
                        .addActionItem(
                            actionItemId: id, area: p.area, action: p.action, owner: p.owner, dueDate: p.dueDate,
                            followedUpBy: p.followedUpBy))
                ) { $0.actionItemId = id.description }
            }
        }
        interface.add(.adoptActionPlan, AdoptActionPlanParameters.self, requiring: .coordinator, context: context) {
            p, caller in
            try await run(caller, commandId: p.commandId) {
                Built(
                    command: .certification(
                        try await resolve(p.certificationId, .certification, "certificationId"),
                        .adoptPlan(adoptedOn: p.adoptedOn, decidedBy: p.decidedBy)))
            }
        }
        interface.add(.certify, CertifyParameters.self, requiring: .coordinator, context: context) { p, caller in
            try await run(caller, commandId: p.commandId) {
                Built(
                    command: .certification(
                        try await resolve(p.certificationId, .certification, "certificationId"),
                        .certify(certifiedOn: p.certifiedOn)))
            }
        }
    }

    /// `kvittens_missing` names the councils it awaits by id (the domain knows no names); the caller
    /// reads their names, from the read models. Any other error, or a lookup that fails, passes as it is.
    private func namingTheAwaited(_ error: any Error, issue: IssueID) async -> any Error {
        guard let refusal = error as? DomainError, refusal.code == .kvittensMissing,
            let awaited = try? await context.readModel.issue(issue).kvittensAwaitedFrom, !awaited.isEmpty
        else { return error }
        return AdminError.ruleViolation(
            reason: KvittensText.verifyRefused(awaited: awaited), code: refusal.code.rawValue)
    }

    private func registerIssues(on interface: inout VarlinkInterface) {
        /// Most issue commands: resolve the issue, then build its command.
        func issueCommand<P: Decodable & Sendable>(
            _ method: AdminMethod, _ type: P.Type, issueId: @escaping @Sendable (P) -> String,
            commandId: @escaping @Sendable (P) -> UUID?,
            _ make: @escaping @Sendable (P) async throws -> IssueCommand
        ) {
            interface.add(method, type, requiring: .coordinator, context: context) { p, caller in
                try await run(caller, commandId: commandId(p)) {
                    Built(command: .issue(try await resolve(issueId(p), .issue, "issueId"), try await make(p)))
                }
            }
        }
        interface.add(.openIssue, OpenIssueParameters.self, requiring: .coordinator, context: context) { p, caller in
            try await run(caller, commandId: p.commandId) {
                let (source, sourceUnit) = try await context.identifiers.source(p.source, parameter: "source")
                let unit: UnitID =
                    try await context.identifiers.resolveOptional(p.unitId, as: .unit, parameter: "unitId")
                    ?? sourceUnit
                let id: IssueID = Self.newID(p.commandId)
                return Built(
                    command: .issue(id, .open(unitId: unit, title: p.title, source: source, qualityArea: p.qualityArea))
                ) {
                    $0.issueId = id.description
                }
            }
        }
        issueCommand(.linkSource, LinkSourceParameters.self, issueId: \.issueId, commandId: \.commandId) { p in
            .linkSource(try await context.identifiers.source(p.source, parameter: "source").source)
        }
        issueCommand(.assignOwner, AssignOwnerParameters.self, issueId: \.issueId, commandId: \.commandId) { p in
            .assignOwner(p.owner)
        }
        issueCommand(.setDueDate, SetDueDateParameters.self, issueId: \.issueId, commandId: \.commandId) { p in
            .setDueDate(p.dueDate)
        }
        issueCommand(.startPreparation, IssueStepParameters.self, issueId: \.issueId, commandId: \.commandId) { _ in
            .startPreparation
        }
        issueCommand(.decide, DecideParameters.self, issueId: \.issueId, commandId: \.commandId) { p in
            .decide(outcome: p.outcome, motivation: p.motivation, decidedBy: p.decidedBy)
        }
        issueCommand(.startWork, IssueStepParameters.self, issueId: \.issueId, commandId: \.commandId) { _ in .startWork
        }
        issueCommand(.markImplemented, MarkImplementedParameters.self, issueId: \.issueId, commandId: \.commandId) {
            p in
            .markImplemented(summary: p.summary)
        }
        interface.add(.verify, VerifyParameters.self, requiring: .coordinator, context: context) { p, caller in
            let issue: IssueID = try await resolve(p.issueId, .issue, "issueId")
            do {
                return try await run(caller, commandId: p.commandId) {
                    Built(
                        command: .issue(
                            issue,
                            p.withoutKvittens.map { .verifyWithoutKvittens(note: p.note, reason: $0) }
                                ?? .verify(note: p.note)))
                }
            } catch {
                throw await namingTheAwaited(error, issue: issue)
            }
        }
        issueCommand(.recordKvittens, RecordKvittensParameters.self, issueId: \.issueId, commandId: \.commandId) { p in
            .recordKvittens(
                Kvittens(
                    party: try await kvittensParty(p), verdict: p.verdict, text: p.text, channel: p.channel,
                    givenOn: p.givenOn ?? context.today))
        }
        issueCommand(.reopen, ReopenParameters.self, issueId: \.issueId, commandId: \.commandId) { p in
            .reopen(
                source: try await context.identifiers.source(p.source, parameter: "source").source, reason: p.reason)
        }
        issueCommand(.withdraw, WithdrawParameters.self, issueId: \.issueId, commandId: \.commandId) { p in
            .withdraw(reason: p.reason)
        }
        issueCommand(.merge, MergeParameters.self, issueId: \.issueId, commandId: \.commandId) { p in
            .mergeInto(survivor: try await resolve(p.survivorId, .issue, "survivorId"))
        }
        issueCommand(
            .setParticipationLevel, SetParticipationLevelParameters.self, issueId: \.issueId, commandId: \.commandId
        ) { p in
            .setParticipationLevel(p.level, reason: p.reason)
        }
        @Sendable func kvittensParty(_ p: RecordKvittensParameters) async throws -> KvittensParty {
            switch (p.councilId, p.revisionId) {
            case (let council?, nil): .council(try await resolve(council, .council, "councilId"))
            case (nil, let revision?): .revision(try await resolve(revision, .revision, "revisionId"))
            default:
                throw AdminError.ruleViolation(
                    reason:
                        "Ange antingen rådet eller revisionen som lämnade brukarkvittensen, inte båda och inte ingen.",
                    code: "kvittens_party")
            }
        }
        issueCommand(.giveFeedback, GiveFeedbackParameters.self, issueId: \.issueId, commandId: \.commandId) { p in
            .giveFeedback(
                councilId: try await resolve(p.councilId, .council, "councilId"), occasion: p.occasion,
                channel: p.channel, givenOn: p.givenOn ?? context.today)
        }
    }
}
