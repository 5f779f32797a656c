import AdminProtocol
import ArgumentParser
import Domain
import Foundation
import ReadModelTypes
import Testing

@testable import AdminCLI

@Suite struct ArgumentParsingTests {
    func parse<Command: ParsableCommand>(_ arguments: [String], as type: Command.Type) throws -> Command {
        let parsed = try Tredjekraft.parseAsRoot(arguments)
        return try #require(parsed as? Command, "parsed \(Swift.type(of: parsed))")
    }

    @Test func decideWithMotivationAndCommandId() throws {
        let command = try parse(
            [
                "issue", "decide", "7b1c2d3e", "--partially", "--motivation", "Två av tre avdelningar.", "--by",
                "Ledningsgruppen", "--command-id", "0E3A7B2C-1D4F-4A5B-8C6D-7E8F9A0B1C2D",
            ], as: IssueCommand.Decide.self)
        #expect(
            command.parameters
                == DecideParameters(
                    issueId: "7b1c2d3e", outcome: .partiallyAccepted, motivation: "Två av tre avdelningar.",
                    decidedBy: "Ledningsgruppen", commandId: UUID(uuidString: "0E3A7B2C-1D4F-4A5B-8C6D-7E8F9A0B1C2D")))
    }

    @Test func issueListFilters() throws {
        let command = try parse(
            [
                "issue", "list", "--unit", "5e0c1a", "--status", "in_preparation", "--owner", "Enhetschef",
                "--source-kind", "actionItem", "--overdue", "--stale", "45", "--limit", "20", "--json",
            ], as: IssueCommand.List.self)
        #expect(
            command.parameters
                == ListIssuesParameters(
                    filter: IssueFilterParameters(
                        unitId: "5e0c1a", status: .inPreparation, owner: "Enhetschef", sourceKind: "actionItem",
                        overdue: true, staleDays: 45, limit: 20)))
        #expect(command.global.json)
        let plain = try parse(["issue", "list"], as: IssueCommand.List.self)
        #expect(plain.parameters == ListIssuesParameters(filter: IssueFilterParameters()))
        #expect(!plain.global.json)
    }

    @Test func openFromEachKindOfSource() throws {
        let open = try parse(
            ["issue", "open", "--proposal", "2c3d4e5f", "--title", "Knacka", "--area", "bemotande"],
            as: IssueCommand.Open.self)
        #expect(
            open.parameters
                == OpenIssueParameters(
                    title: "Knacka", source: SourceRef(kind: .proposal, id: "2c3d4e5f"), qualityArea: .treatment))
        let link = try parse(["issue", "link", "7b1c2d3e", "--action-item", "0b1c2d"], as: IssueCommand.Link.self)
        #expect(
            link.parameters
                == LinkSourceParameters(issueId: "7b1c2d3e", source: SourceRef(kind: .actionItem, id: "0b1c2d")))
        let reopen = try parse(
            ["issue", "reopen", "7b1c2d3e", "--finding", "9a8b7c", "--reason", "Samma problem igen."],
            as: IssueCommand.Reopen.self)
        #expect(reopen.parameters.source == SourceRef(kind: .finding, id: "9a8b7c"))
    }

    @Test func sourceMustBeExactlyOne() {
        #expect(throws: (any Error).self) {
            try Tredjekraft.parseAsRoot(["issue", "open", "--title", "X"])
        }
        #expect(throws: (any Error).self) {
            try Tredjekraft.parseAsRoot(["issue", "open", "--proposal", "a", "--finding", "b", "--title", "X"])
        }
    }

    @Test func lifecycleSteps() throws {
        #expect(
            try parse(["issue", "prepare", "7b1c2d3e"], as: IssueCommand.Prepare.self).parameters
                == IssueStepParameters(issueId: "7b1c2d3e"))
        #expect(try parse(["issue", "start", "7b1c2d3e"], as: IssueCommand.Start.self).issueId == "7b1c2d3e")
        #expect(
            try parse(["issue", "due", "7b1c2d3e", "2026-09-30"], as: IssueCommand.Due.self).parameters
                == SetDueDateParameters(issueId: "7b1c2d3e", dueDate: try #require(CalendarDate("2026-09-30"))))
        #expect(
            try parse(["issue", "assign", "7b1c2d3e", "Enhetschef"], as: IssueCommand.Assign.self).parameters
                == AssignOwnerParameters(issueId: "7b1c2d3e", owner: "Enhetschef"))
        #expect(
            try parse(["issue", "level", "7b1c2d3e", "4", "--reason", "Med i gruppen."], as: IssueCommand.Level.self)
                .parameters
                == SetParticipationLevelParameters(
                    issueId: "7b1c2d3e", level: .involvedInDecisions, reason: "Med i gruppen."))
        #expect(
            try parse(["issue", "merge", "7b1c2d3e", "--into", "1f2e3d4c"], as: IssueCommand.Merge.self).parameters
                == MergeParameters(issueId: "7b1c2d3e", survivorId: "1f2e3d4c"))
        #expect(
            try parse(["issue", "implemented", "7b1c2d3e", "--summary", "Klart."], as: IssueCommand.Implemented.self)
                .parameters == MarkImplementedParameters(issueId: "7b1c2d3e", summary: "Klart."))
        #expect(
            try parse(["issue", "verify", "7b1c2d3e"], as: IssueCommand.Verify.self).parameters
                == VerifyParameters(issueId: "7b1c2d3e"))
        #expect(
            try parse(["issue", "withdraw", "7b1c2d3e", "--reason", "Dubblett."], as: IssueCommand.Withdraw.self)
                .parameters == WithdrawParameters(issueId: "7b1c2d3e", reason: "Dubblett."))
    }

    @Test func feedbackWithWireValues() throws {
        let command = try parse(
            [
                "issue", "feedback", "7b1c2d3e", "--council", "8d7e6f5a", "--occasion", "implementation", "--channel",
                "letter", "--date", "2026-06-10",
            ], as: IssueCommand.Feedback.self)
        #expect(
            command.parameters
                == GiveFeedbackParameters(
                    issueId: "7b1c2d3e", councilId: "8d7e6f5a", occasion: .implementation, channel: .letter,
                    givenOn: CalendarDate("2026-06-10")))
    }

    @Test func kvittensAndVerifyWithoutIt() throws {
        #expect(
            try parse(
                ["issue", "kvittens", "7b1c2d3e", "--council", "8d7e6f5a", "--holds", "--channel", "meeting"],
                as: IssueCommand.Kvittens.self
            ).parameters
                == RecordKvittensParameters(
                    issueId: "7b1c2d3e", councilId: "8d7e6f5a", verdict: .holds, channel: .meeting))
        #expect(
            try parse(
                [
                    "issue", "kvittens", "7b1c2d3e", "--revision", "3a4b5c6d", "--does-not-hold", "--text",
                    "Det är fortfarande stängt.", "--channel", "mail", "--date", "2026-06-10",
                ], as: IssueCommand.Kvittens.self
            ).parameters
                == RecordKvittensParameters(
                    issueId: "7b1c2d3e", revisionId: "3a4b5c6d", verdict: .doesNotHold,
                    text: "Det är fortfarande stängt.", channel: .mail, givenOn: CalendarDate("2026-06-10")))
        #expect(throws: (any Error).self) {
            try parse(
                ["issue", "kvittens", "7b1c2d3e", "--council", "8d7e6f5a", "--channel", "meeting"],
                as: IssueCommand.Kvittens.self)
        }
        #expect(throws: (any Error).self) {
            try parse(
                ["issue", "kvittens", "7b1c2d3e", "--council", "8d7e6f5a", "--does-not-hold", "--channel", "letter"],
                as: IssueCommand.Kvittens.self)
        }
        #expect(
            try parse(
                ["issue", "verify", "7b1c2d3e", "--without-kvittens", "Rådet är nedlagt."],
                as: IssueCommand.Verify.self
            ).parameters == VerifyParameters(issueId: "7b1c2d3e", withoutKvittens: "Rådet är nedlagt."))
    }

    @Test func catalogCommands() throws {
        #expect(
            try parse(["unit", "register", "Vuxenstöd Lund"], as: UnitCommand.Register.self).parameters
                == RegisterUnitParameters(name: "Vuxenstöd Lund"))
        #expect(
            try parse(["unit", "rename", "5e0c1a2b", "Nytt namn"], as: UnitCommand.Rename.self).parameters
                == RenameUnitParameters(unitId: "5e0c1a2b", name: "Nytt namn"))
        #expect(
            try parse(
                ["council", "create", "--unit", "5e0c1a2b", "--name", "Brukarrådet", "--form", "brukarrad"],
                as: CouncilCommand.Create.self
            ).parameters == CreateCouncilParameters(unitId: "5e0c1a2b", name: "Brukarrådet", form: .userCouncil))
        #expect(
            try parse(
                ["council", "meeting", "8d7e6f5a", "--date", "2026-03-04", "--participants", "9"],
                as: CouncilCommand.Meeting.self
            ).parameters
                == RecordMeetingParameters(
                    councilId: "8d7e6f5a", heldOn: try #require(CalendarDate("2026-03-04")), participantCount: 9))
        #expect(
            try parse(["council", "list", "--unit", "5e0c1a2b"], as: CouncilCommand.List.self).parameters
                == ListCouncilsParameters(unitId: "5e0c1a2b"))
        #expect(
            try parse(["council", "show", "8d7e6f5a"], as: CouncilCommand.Show.self).parameters
                == ListCouncilsParameters(councilId: "8d7e6f5a"))
        #expect(
            try parse(
                ["proposal", "add", "--council", "8d7e6f5a", "--area", "information", "--pseudonym", "K", "Mer info."],
                as: ProposalCommand.Add.self
            ).parameters
                == PutForwardProposalParameters(
                    councilId: "8d7e6f5a", text: "Mer info.", qualityArea: .information, pseudonym: "K"))
        #expect(
            try parse(["proposal", "list", "--council", "8d7e6f5a"], as: ProposalCommand.List.self).parameters
                == ListProposalsParameters(councilId: "8d7e6f5a"))
        #expect(
            try parse(["proposal", "withdraw", "2c3d4e5f", "--reason", "Löst."], as: ProposalCommand.Withdraw.self)
                .parameters == WithdrawProposalParameters(proposalId: "2c3d4e5f", reason: "Löst."))
    }

    @Test func revisionAndCertificationCommands() throws {
        let plan = try parse(
            [
                "revision", "plan", "--unit", "5e0c1a2b", "--from", "2026-02-01", "--to", "2026-04-30", "--auditors",
                "4",
            ],
            as: RevisionCommand.Plan.self)
        #expect(plan.parameters.auditorCount == 4)
        #expect(plan.parameters.periodEnd == CalendarDate("2026-04-30"))
        let finding = try parse(
            [
                "revision", "finding", "4f5a6b7c", "--area", "uppfoljning", "--recommendation", "Följ upp.",
                "Ingen följde upp.",
            ],
            as: RevisionCommand.Finding.self)
        #expect(
            finding.parameters
                == RecordFindingParameters(
                    revisionId: "4f5a6b7c", text: "Ingen följde upp.", qualityArea: .followUp,
                    recommendation: "Följ upp."))
        #expect(
            try parse(["revision", "publish", "4f5a6b7c", "--date", "2026-05-15"], as: RevisionCommand.Publish.self)
                .parameters.publishedOn == CalendarDate("2026-05-15"))
        let assess = try parse(
            ["certification", "assess", "6a7b8c9d", "utbildning", "--not-fulfilled", "--note", "Saknas."],
            as: CertificationCommand.Assess.self)
        #expect(
            assess.parameters
                == AssessQualityAreaParameters(
                    certificationId: "6a7b8c9d", area: .training, fulfilled: false, note: "Saknas."))
        #expect(
            try parse(
                ["certification", "assess", "6a7b8c9d", "bemotande", "--fulfilled"],
                as: CertificationCommand.Assess.self
            )
            .parameters.fulfilled)
        let action = try parse(
            [
                "certification", "action", "6a7b8c9d", "--area", "information", "--owner", "Enhetschef", "--due",
                "2026-09-30", "--followed-up-by", "Brukarrådet", "Informationsblad.",
            ], as: CertificationCommand.Action.self)
        #expect(action.parameters.followedUpBy == "Brukarrådet")
        #expect(action.parameters.action == "Informationsblad.")
        #expect(
            try parse(
                ["certification", "adopt", "6a7b8c9d", "--date", "2026-03-01", "--by", "Ledningsgruppen"],
                as: CertificationCommand.Adopt.self
            ).parameters.decidedBy == "Ledningsgruppen")
        #expect(
            try parse(
                ["certification", "start", "--unit", "5e0c1a2b", "--date", "2028-01-10", "--renews", "6a7b8c9d"],
                as: CertificationCommand.Start.self
            ).parameters.renews == "6a7b8c9d")
    }

    @Test func questions() throws {
        #expect(
            try parse(["trace", "2c3d4e5f"], as: TraceCommand.self).parameters == TraceParameters(sourceId: "2c3d4e5f"))
        #expect(
            try parse(["due", "--days", "14", "--unit", "5e0c1a2b"], as: DueCommand.self).parameters
                == DueParameters(horizonDays: 14, unitId: "5e0c1a2b"))
        #expect(
            try parse(["statistics", "--from", "2026-01-01"], as: StatisticsCommand.self).parameters
                == StatisticsParameters(from: CalendarDate("2026-01-01")))
        #expect(
            try parse(["follow", "--after", "12/34", "--streams", "issue-"], as: FollowCommand.self).parameters
                == FollowParameters(after: "12/34", streamPrefix: "issue-"))
    }

    @Test func badValuesAreRefusedBeforeTheDaemonIsAsked() {
        for arguments in [
            ["issue", "due", "7b1c2d3e", "2026-02-30"],
            ["issue", "list", "--status", "klar"],
            ["issue", "level", "7b1c2d3e", "6", "--reason", "x"],
            ["issue", "decide", "7b1c2d3e", "--motivation", "x", "--by", "y"],
            ["issue", "decide", "7b1c2d3e", "--accept", "--reject", "--motivation", "x", "--by", "y"],
            ["issue", "prepare", "7b1c2d3e", "--command-id", "inte-ett-uuid"],
            ["statistics", "--from", "2026-03-01", "--to", "2026-01-01"],
            ["council", "create", "--unit", "u", "--name", "n", "--form", "rad"],
        ] {
            #expect(throws: (any Error).self, "\(arguments)") { try Tredjekraft.parseAsRoot(arguments) }
        }
    }

    @Test func socketFromOptionEnvironmentOrDefault() throws {
        let withOption = try parse(["status", "--socket", "/tmp/a.sock"], as: StatusCommand.self)
        #expect(withOption.global.socketPath(environment: ["TREDJEKRAFT_SOCKET": "/tmp/b.sock"]) == "/tmp/a.sock")
        let plain = try parse(["status"], as: StatusCommand.self)
        #expect(plain.global.socketPath(environment: ["TREDJEKRAFT_SOCKET": "/tmp/b.sock"]) == "/tmp/b.sock")
        #expect(plain.global.socketPath(environment: [:]) == "/run/tredjekraft/admin.sock")
    }

    @Test func helpListsWireValuesWithSwedishLabels() {
        let help = IssueCommand.List.helpMessage(columns: 120)
        #expect(help.contains("in_preparation"))
        #expect(help.contains("Under beredning"))
        let areas = ProposalCommand.Add.helpMessage(columns: 120)
        #expect(areas.contains("kartlaggning_av_problem"))
        #expect(areas.contains("Kartläggning av problem"))
    }

    /// The help's table of steps comes from the domain's table, as this CLI's subcommands.
    @Test func issueHelpListsWhatEachStatusAllows() {
        let help = IssueCommand.helpMessage(columns: 120)
        #expect(help.contains("  Registrerat: prepare, withdraw, merge"))
        #expect(help.contains("  Beslutat (avslag): reopen"))
        #expect(help.contains("  Genomfört: verify, reopen"))
    }
}
