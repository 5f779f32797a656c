import Testing

@testable import Domain

/// The erasure rules: a field the record has, a reason, and nothing new when nothing is left to erase.
@Suite struct ErasureRulesTests {
    let ctx = context("2026-12-07")

    func command(_ field: String = "text", reason: String = "Namn på en anställd.", rewrites: [Int64] = [7, 3])
        -> RedactText
    {
        RedactText(subject: .proposal, field: field, reason: reason, rewrites: rewrites, printedLetters: 0)
    }

    @Test func anErasureRecordsWhatWhenAndWhyNeverTheText() throws {
        let events = try attempt(ErasureAggregate.self, command(), ErasureAggregate.initialState, ctx).get()
        #expect(
            events == [
                .textRedacted(
                    TextRedacted(
                        subject: .proposal, field: "text", reason: "Namn på en anställd.",
                        redactedOn: day("2026-12-07"), rewrittenEvents: [3, 7], printedLetters: 0))
            ])
        #expect(RedactionMarker.text(on: day("2026-12-07")) == "[borttaget 2026-12-07]")
        #expect(RedactionMarker.isMarker("[borttaget 2026-12-07]"))
        #expect(!RedactionMarker.isMarker("[borttaget av rådet]"))
    }

    @Test func aFieldTheRecordDoesNotHaveIsRefusedWithTheFieldsItHas() {
        let refusal = attempt(ErasureAggregate.self, command("title"), ErasureAggregate.initialState, ctx).domainError
        #expect(refusal?.code == .unknownField)
        #expect(refusal?.message.contains("text, pseudonym, reason") == true)
    }

    @Test func aReasonIsRequiredAndMayNotHoldPersonalData() {
        let blank = attempt(ErasureAggregate.self, command(reason: "  "), ErasureAggregate.initialState, ctx)
        #expect(blank.domainError?.code == .missingReason)
        let phone = attempt(
            ErasureAggregate.self, command(reason: "Hon bad om det på 070-123 45 67."), ErasureAggregate.initialState,
            ctx)
        #expect(phone.domainError?.code == .personalDataSuspected)
    }

    @Test func erasingAgainWhatIsGoneChangesNothing() throws {
        let first = try attempt(ErasureAggregate.self, command(), ErasureAggregate.initialState, ctx).get()
        let state = ErasureAggregate.replay(first)
        #expect(try attempt(ErasureAggregate.self, command(rewrites: []), state, ctx).get().isEmpty)
        // Never erased and nothing there: that is a mistake worth saying.
        let empty = attempt(ErasureAggregate.self, command(rewrites: []), ErasureAggregate.initialState, ctx)
        #expect(empty.domainError?.code == .nothingToErase)
    }

    @Test func everyKindNamesItsFreeTextFields() {
        for subject in ErasureSubject.allCases { #expect(!subject.fields.isEmpty) }
        #expect(ErasureSubject.issue.fields.contains("title"))
        #expect(ErasureSubject.finding.ownIDKey == "findingId")
        #expect(ErasureSubject.actionItem.rawValue == "action-item")
    }
}
