import AdminProtocol
import Foundation
import Testing
import Varlink

/// `Redact` and the retention methods refuse every bad input clearly and change nothing.
@Suite struct RedactMethodTests {
    @Test func badInputIsRefusedAndNothingChanges() async throws {
        try await AdminHarness.with { admin in
            let setup = try await AdminCommandTests.setUp(admin)
            func redact(_ kind: String, _ id: String, _ field: String, _ reason: String) async throws -> VarlinkError? {
                try await admin.error(
                    .redact,
                    ["kind": .string(kind), "id": .string(id), "field": .string(field), "reason": .string(reason)])
            }
            let kind = try #require(try await redact("brev", setup.proposal, "text", "Skäl."))
            #expect(kind.name == "org.varlink.service.InvalidParameter" && kind.parameters["parameter"] == "kind")
            let id = try #require(try await redact("proposal", "x", "text", "Skäl."))
            #expect(id.parameters["parameter"] == "id")
            let missing = try #require(try await redact("proposal", UUID().uuidString, "text", "Skäl."))
            #expect(missing.name == "io.tredjekraft.admin.NotFound")
            let field = try #require(try await redact("proposal", setup.proposal, "te\u{0}xt", "Skäl."))
            #expect(field.parameters["code"] == "unknown_field")
            #expect(field.parameters["reason"]?.stringValue?.contains("\u{0}") == false)
            let nul = try #require(try await redact("proposal", setup.proposal, "text", "Sk\u{0}äl."))
            #expect(nul.parameters["code"] == "invalid_characters")
            let long = try #require(
                try await redact("proposal", setup.proposal, "text", String(repeating: "å", count: 20_000)))
            #expect(long.parameters["code"] == "text_too_long")
            let blank = try #require(try await redact("proposal", setup.proposal, "text", "   "))
            #expect(blank.parameters["code"] == "missing_reason")
            let empty = try #require(try await redact("proposal", setup.proposal, "pseudonym", "Skäl."))
            #expect(empty.parameters["code"] == "nothing_to_erase")

            let proposals: VarlinkObject = try await admin.call(.listProposals)
            #expect("\(proposals)".contains("Fler boendestödjare på kvällstid"))

            let noRule = try #require(try await admin.error(.previewRetention, [:]))
            #expect(noRule.parameters["code"] == "no_rule")
            let zero = try #require(try await admin.error(.applyRetention, ["closedMonths": 0]))
            #expect(zero.parameters["parameter"] == "closedMonths")
            let huge = try #require(try await admin.error(.previewRetention, ["withdrawnMonths": .int(Int64.max)]))
            #expect(huge.parameters["parameter"] == "withdrawnMonths")
        }
    }

    @Test func anErasedProposalReadsAsErasedEverywhereTheAdminAsks() async throws {
        try await AdminHarness.with { admin in
            let setup = try await AdminCommandTests.setUp(admin)
            let reply: RedactReply = try await admin.call(
                .redact, RedactParameters(kind: "proposal", id: setup.proposal, field: "text", reason: "Prov."))
            #expect(reply.rewrittenEvents == 1 && !reply.alreadyErased && reply.lag == nil)
            let proposals: VarlinkObject = try await admin.call(.listProposals)
            #expect(!"\(proposals)".contains("Fler boendestödjare") && "\(proposals)".contains(reply.marker))
            let again: RedactReply = try await admin.call(
                .redact, RedactParameters(kind: "proposal", id: setup.proposal, field: "text", reason: "Prov."))
            #expect(again.alreadyErased && again.rewrittenEvents == 0)
        }
    }
}
