import Domain

extension CommandHandler {
    /// The aggregates a command refers to must exist: the domain decides on one aggregate and trusts
    /// the ids it is given.
    func checkReferences(_ command: DomainCommand, in work: inout UnitOfWork) async throws {
        switch command {
        case .council(_, .create(let unitId, _, _)):
            try await requireUnit(unitId, in: &work)
        case .proposal(_, .putForward(let councilId, let meetingId, _, _, _)):
            guard let council = try await work.state(CouncilAggregate.self, councilId) else {
                throw NotFound(.council, councilId.description)
            }
            if let meetingId, !council.hasMeeting(meetingId) {
                throw NotFound(.meeting, meetingId.description, within: .council, councilId.description)
            }
        case .revision(_, .plan(let unitId, _, _, _)):
            try await requireUnit(unitId, in: &work)
        case .certification(_, .start(let unitId, _, let renews)):
            try await requireUnit(unitId, in: &work)
            if let renews, try await !work.exists(CertificationAggregate.self, renews) {
                throw NotFound(.certification, renews.description)
            }
        case .issue(_, .open(let unitId, _, let source, _)):
            try await requireUnit(unitId, in: &work)
            try await requireSource(source, in: &work)
        case .issue(_, .linkSource(let source)), .issue(_, .reopen(let source, _)):
            try await requireSource(source, in: &work)
        case .issue(_, .giveFeedback(let councilId, _, _, _)):
            if try await !work.exists(CouncilAggregate.self, councilId) {
                throw NotFound(.council, councilId.description)
            }
        default:
            break
        }
    }

    /// The command with what it leaves out taken from the aggregates it refers to: an issue opened
    /// without a quality area takes its source's (a proposal's when the council gave one, a finding's,
    /// an action item's), so `issue open --proposal P` keeps what the proposal was about.
    func completed(_ command: DomainCommand, in work: inout UnitOfWork) async throws -> DomainCommand {
        guard case .issue(let id, .open(let unitId, let title, let source, nil)) = command else { return command }
        let area: QualityArea?
        switch source {
        case .proposal(let proposal, _):
            area = try await work.state(ProposalAggregate.self, proposal)?.qualityArea
        case .finding(let finding, let revision):
            area = try await work.state(RevisionAggregate.self, revision)?.finding(finding)?.qualityArea
        case .actionItem(let item, let certification):
            area = try await work.state(CertificationAggregate.self, certification)?.actionItems
                .first { $0.id == item }?.area
        }
        return .issue(id, .open(unitId: unitId, title: title, source: source, qualityArea: area))
    }

    private func requireUnit(_ id: UnitID, in work: inout UnitOfWork) async throws {
        if try await !work.exists(UnitAggregate.self, id) {
            throw NotFound(.unit, id.description)
        }
    }

    private func requireSource(_ source: IssueSource, in work: inout UnitOfWork) async throws {
        switch source {
        case .proposal(let id, let council):
            guard let state = try await work.state(ProposalAggregate.self, id) else {
                throw NotFound(.proposal, id.description)
            }
            guard state.councilId == council else {
                throw NotFound(.proposal, id.description, within: .council, council.description)
            }
        case .finding(let id, let revision):
            guard try await work.state(RevisionAggregate.self, revision)?.finding(id) != nil else {
                throw NotFound(.finding, id.description, within: .revision, revision.description)
            }
        case .actionItem(let id, let certification):
            guard
                try await work.state(CertificationAggregate.self, certification)?.actionItems
                    .contains(where: { $0.id == id }) == true
            else {
                throw NotFound(.actionItem, id.description, within: .certification, certification.description)
            }
        }
    }
}
