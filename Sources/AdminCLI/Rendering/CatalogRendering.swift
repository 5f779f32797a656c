import AdminProtocol
import Domain
import ReadModelTypes
import Wording

/// Units, councils, proposals and revisions as lists, each source with the issue it went into so
/// the list itself answers "did anything happen?".
enum CatalogRendering {
    static func units(_ reply: UnitsReply) -> String {
        guard !reply.units.isEmpty else { return "Inga verksamheter." }
        return Table(
            [
                .init("Id"), .init("Verksamhet"), .init("Råd", alignment: .right),
                .init("Öppna ärenden", alignment: .right),
            ],
            rows: reply.units.map { unit in
                [Swedish.shortID(unit.id), unit.name, "\(unit.councils)", "\(unit.openIssues)"]
            }
        ).render()
    }

    static func councils(_ reply: CouncilsReply) -> String {
        guard !reply.councils.isEmpty else { return "Inga råd." }
        return Table(
            [
                .init("Id"), .init("Råd"), .init("Form"), .init("Verksamhet"), .init("Möten", alignment: .right),
                .init("Senaste möte"), .init("Förslag", alignment: .right),
            ],
            rows: reply.councils.map { council in
                [
                    Swedish.shortID(council.id), council.name, council.form.swedish, council.unitName,
                    "\(council.meetings.count)", Swedish.date(council.meetings.map(\.heldOn).max()),
                    "\(council.proposals)",
                ]
            }
        ).render()
    }

    /// `council show`: the council, then its meetings with their ids, which `proposal add --meeting` takes.
    static func council(_ reply: CouncilsReply) -> String {
        reply.councils.map { council in
            let heading = "\(council.name) (\(council.form.swedish)) · \(council.unitName) · id \(council.id)"
            guard !council.meetings.isEmpty else { return heading + "\nInga möten registrerade." }
            return heading + "\n\nMöten:\n"
                + Table(
                    [.init("Id"), .init("Datum"), .init("Deltog", alignment: .right)],
                    rows: council.meetings.map {
                        [Swedish.shortID($0.id), $0.heldOn.description, "\($0.participantCount)"]
                    }
                ).render()
        }.joined(separator: "\n\n")
    }

    static func proposals(_ reply: ProposalsReply) -> String {
        guard !reply.proposals.isEmpty else { return "Inga förslag." }
        return Table(
            [
                .init("Id"), .init("Förslag", maxWidth: 48), .init("Råd", maxWidth: 30), .init("Datum"),
                .init("Område"), .init("Ärende"),
            ],
            rows: reply.proposals.map { proposal in
                [
                    Swedish.shortID(proposal.id), proposal.text, proposal.councilName,
                    Swedish.date(proposal.putForwardOn), proposal.qualityArea?.label ?? Swedish.none,
                    proposal.withdrawnReason != nil && proposal.issueId == nil
                        ? "återtaget" : Swedish.issue(proposal.issueId, proposal.issueStatus),
                ]
            }
        ).render()
    }

    static func revisions(_ reply: RevisionsReply) -> String {
        guard !reply.revisions.isEmpty else { return "Inga brukarrevisioner." }
        let overview = Table(
            [
                .init("Id"), .init("Verksamhet"), .init("Period"), .init("Revisorer", alignment: .right),
                .init("Publicerad"), .init("Rapport", maxWidth: 40), .init("Iakttagelser", alignment: .right),
            ],
            rows: reply.revisions.map { revision in
                [
                    Swedish.shortID(revision.id), revision.unitName,
                    "\(revision.periodStart) – \(revision.periodEnd)", "\(revision.auditorCount)",
                    Swedish.date(revision.publishedOn), revision.title ?? Swedish.none, "\(revision.findings.count)",
                ]
            }
        ).render()
        let findings = reply.revisions.filter { !$0.findings.isEmpty }.map { revision in
            "Iakttagelser i \(revision.title ?? "revisionen") (\(Swedish.shortID(revision.id))):\n"
                + findingTable(revision.findings)
        }
        return ([overview] + findings).joined(separator: "\n\n")
    }

    static func findingTable(_ findings: [FindingSummary]) -> String {
        Table(
            [
                .init("Id"), .init("Område"), .init("Iakttagelse", maxWidth: 40), .init("Rekommendation", maxWidth: 40),
                .init("Ärende"),
            ],
            rows: findings.map { finding in
                [
                    Swedish.shortID(finding.id), finding.qualityArea.label, finding.text, finding.recommendation,
                    Swedish.issue(finding.issueId, finding.issueStatus),
                ]
            }
        ).render()
    }
}
