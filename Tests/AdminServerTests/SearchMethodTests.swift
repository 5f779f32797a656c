import AdminProtocol
import Domain
import Foundation
import Projections
import ReadModelTypes
import Testing
import Varlink

@testable import AdminServer

/// `Search` over a real PostgreSQL: what the `swedish` configuration stems, that a word finds the
/// compounds it starts, the ranking, the unit scope, and that an erased text is never found.
@Suite struct SearchMethodTests {
    struct Texts {
        var lund: String
        var biskopsgarden: String
        var proposals: [String: String]
    }

    /// Two units; Lund's council puts forward the proposals keyed by their texts.
    static func setUp(_ admin: AdminHarness) async throws -> Texts {
        let setup = try await AdminCommandTests.setUp(admin)
        let other = try await admin.command(.registerUnit, RegisterUnitParameters(name: "Biskopsgården")).unitId!
        let otherCouncil = try await admin.command(
            .createCouncil, CreateCouncilParameters(unitId: other, name: "Brukarrådet", form: .userCouncil)
        ).councilId!
        var proposals: [String: String] = [:]
        for text in [
            "Kvällsöppet på fredagar", "Längre öppettider på helgerna",
            "Kväll efter kväll: fler samtal på kvällarna, varje kväll",
        ] {
            proposals[text] = try await admin.command(
                .putForwardProposal, PutForwardProposalParameters(councilId: setup.council, text: text)
            ).proposalId!
        }
        proposals["Samtal på kvällar i Biskopsgården"] = try await admin.command(
            .putForwardProposal,
            PutForwardProposalParameters(councilId: otherCouncil, text: "Samtal på kvällar i Biskopsgården")
        ).proposalId!
        return Texts(lund: setup.unit, biskopsgarden: other, proposals: proposals)
    }

    func search(_ admin: AdminHarness, _ text: String, unit: String? = nil) async throws -> [SearchHit] {
        let reply: SearchReply = try await admin.call(.search, SearchParameters(text: text, unitId: unit))
        return reply.hits
    }

    @Test func swedishStemmingAndCompoundsAsMeasured() async throws {
        try await AdminHarness.with { admin in
            _ = try await Self.setUp(admin)
            func found(_ text: String) async throws -> Set<String> {
                Set(try await search(admin, text).map { $0.headline.replacing("«", with: "").replacing("»", with: "") })
            }
            // "kvällar" is stemmed to "kväll", which also starts "kvällsöppet" and "kvällstid".
            let kvallar = try await found("kvällar")
            #expect(kvallar.contains("Kvällsöppet på fredagar"))
            #expect(kvallar.contains("Samtal på kvällar i Biskopsgården"))
            #expect(kvallar.contains("Fler boendestödjare på kvällstid"))
            #expect(kvallar.contains { $0.hasPrefix("Kväll efter kväll") })
            // "kväll" finds "kvällar" and "kvällarna".
            #expect(try await found("kväll").contains("Samtal på kvällar i Biskopsgården"))
            // "helg" finds "helgerna"; "öppettid" finds "öppettider"; "öppet" finds "öppettider" (prefix).
            #expect(try await found("helg") == ["Längre öppettider på helgerna"])
            #expect(try await found("öppettid") == ["Längre öppettider på helgerna"])
            #expect(try await found("öppet").contains("Längre öppettider på helgerna"))
            // A compound does not find its parts: "kvällsöppet" does not find "kvällar".
            #expect(try await found("kvällsöppet") == ["Kvällsöppet på fredagar"])
            // All words must be there.
            #expect(try await found("kväll samtal").count == 2)
            #expect(try await found("fredag helg").isEmpty)
            // The words that matched are marked.
            let marked = try await search(admin, "helgerna").first?.headline
            #expect(marked == "Längre öppettider på «helgerna»")
        }
    }

    @Test func bestMatchFirstAndUnitScope() async throws {
        try await AdminHarness.with { admin in
            let texts = try await Self.setUp(admin)
            let hits = try await search(admin, "kväll")
            #expect(hits.first?.headline.hasPrefix("«Kväll» efter «kväll»") == true)
            #expect(hits.map(\.rank) == hits.map(\.rank).sorted(by: >))
            #expect(hits.allSatisfy { $0.kind == .proposal })
            // --unit: only that unit's; the read model's scope (the readable units) likewise.
            let lund = try await search(admin, "kväll", unit: texts.lund)
            #expect(!lund.isEmpty && lund.allSatisfy { $0.unitId.description == texts.lund })
            #expect(lund.count == hits.count - 1)
            let scoped = try await admin.context.readModel.search(
                "kväll", units: [UnitID(UUID(uuidString: texts.biskopsgarden)!)])
            #expect(scoped.map(\.unitName) == ["Biskopsgården"])
            #expect(try await admin.context.readModel.search("kväll", units: []).isEmpty)
            // Issue titles, motivations and summaries are searched too.
            let proposal = try #require(texts.proposals["Kvällsöppet på fredagar"])
            let issue = try #require(
                try await admin.command(
                    .openIssue,
                    OpenIssueParameters(title: "Öppet fredagskvällar", source: SourceRef(kind: .proposal, id: proposal))
                ).issueId)
            try await admin.command(.startPreparation, IssueStepParameters(issueId: issue))
            try await admin.command(
                .decide,
                DecideParameters(
                    issueId: issue, outcome: .accepted, motivation: "Personalen kan arbeta fredagskvällar.",
                    decidedBy: "Ledningsgruppen"))
            let fredag = try await search(admin, "fredagskvällar")
            #expect(Set(fredag.map(\.kind)) == [.issueTitle, .motivation])
            #expect(fredag.allSatisfy { $0.issueId?.description == issue })
        }
    }

    @Test func anErasedTextIsNeverFound() async throws {
        try await AdminHarness.with { admin in
            let texts = try await Self.setUp(admin)
            let proposal = try #require(texts.proposals["Kvällsöppet på fredagar"])
            #expect(try await search(admin, "fredagar").count == 1)
            let _: RedactReply = try await admin.call(
                .redact, RedactParameters(kind: "proposal", id: proposal, field: "text", reason: "Prov."))
            #expect(try await search(admin, "fredagar").isEmpty)
            #expect(try await search(admin, "kvällsöppet").isEmpty)
        }
    }

    @Test func badQuestionsAreRefused() async throws {
        try await AdminHarness.with { admin in
            let empty = try #require(try await admin.error(.search, ["text": ""]))
            #expect(empty.parameters["parameter"] == "text")
            let long = try #require(
                try await admin.error(.search, ["text": .string(String(repeating: "a", count: 201))]))
            #expect(long.parameters["parameter"] == "text")
            let noWords = try #require(try await admin.error(.search, ["text": "&|!:*"]))
            #expect(noWords.parameters["code"] == "no_words")
            let limit = try #require(try await admin.error(.search, ["text": "kväll", "limit": 0]))
            #expect(limit.parameters["parameter"] == "limit")
            // Operators of tsquery are not operators here: they are not words.
            #expect(try await search(admin, "kväll & !helg | (").isEmpty)
        }
    }
}
