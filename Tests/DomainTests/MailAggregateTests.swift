import Foundation
import Testing

@testable import Domain

/// The outbox's rules: queued once, delivered at most once, retried with back-off until given up,
/// held without an address, retried on request.
@Suite struct MailAggregateTests {
    let ctx = context("2026-03-04")
    let policy = RetryPolicy(firstDelay: 60, maximumDelay: 3600, giveUpAfter: 86_400)

    func later(_ seconds: Double) -> DecisionContext {
        DecisionContext(now: ctx.now.addingTimeInterval(seconds), timeZone: ctx.timeZone)
    }

    func queued() throws -> MailState? {
        try MailAggregate.handle(
            .queue(
                recipient: .council(Fixture.council), purpose: .reminder, subject: "Påminnelse om återkoppling",
                text: "Hej!\nRådet väntar.", html: nil, regarding: Fixture.issue.streamName), nil, ctx
        ).state
    }

    @Test func aQueuedMessageIsDueAtOnce() throws {
        let state = try #require(try queued())
        #expect(state.stage == .due(at: Timestamp(ctx.now), lastError: nil))
        #expect(state.stage.name == .pending)
        #expect(state.message.queuedAt == Timestamp(ctx.now))
        #expect(
            attempt(
                MailAggregate.self,
                .queue(
                    recipient: .council(Fixture.council), purpose: .test, subject: "X", text: "Y", html: nil,
                    regarding: nil),
                state, ctx
            ).domainError?.code == .alreadyExists)
    }

    /// The items a reply may answer are kept with the message; each number once, from 1.
    @Test func answerableItemsAreKeptAndChecked() throws {
        let items = [AnswerableItem(number: 1, issue: Fixture.issue), AnswerableItem(number: 3, issue: Fixture.issue)]
        let state = try MailAggregate.handle(
            .queue(
                recipient: .owner("Enhetschef"), purpose: .reminder, subject: "Två ärenden", text: "Hej!", html: nil,
                regarding: nil, answerable: items), nil, ctx
        ).state
        #expect(state?.message.answerable == items)
        for (bad, code) in [
            ([AnswerableItem(number: 0, issue: Fixture.issue)], DomainError.Code.invalidNumber),
            ([AnswerableItem(number: 1000, issue: Fixture.issue)], .invalidNumber),
            (
                [AnswerableItem(number: 2, issue: Fixture.issue), AnswerableItem(number: 2, issue: Fixture.issue)],
                .duplicate
            ),
        ] {
            let result = attempt(
                MailAggregate.self,
                .queue(
                    recipient: .owner("Enhetschef"), purpose: .reminder, subject: "S", text: "T", html: nil,
                    regarding: nil, answerable: bad),
                nil, ctx)
            #expect(result.domainError?.code == code)
        }
    }

    @Test(arguments: [
        ("Rad ett\r\nBcc: alla@example.org", DomainError.Code.invalidCharacters),
        ("Noll\u{0}byte", .invalidCharacters),
        (String(repeating: "å", count: 201), .textTooLong),
        ("   ", .blankText),
    ])
    func aSubjectIsOneSaneLine(_ subject: String, _ code: DomainError.Code) {
        let result = attempt(
            MailAggregate.self,
            .queue(
                recipient: .owner("Enhetschef"), purpose: .reminder, subject: subject, text: "Text", html: nil,
                regarding: nil),
            nil, ctx)
        #expect(result.domainError?.code == code)
    }

    @Test func bodiesRefuseNULAndAreBounded() {
        for (text, code) in [("a\u{0}b", DomainError.Code.invalidCharacters), ("", .blankText)] {
            #expect(
                attempt(
                    MailAggregate.self,
                    .queue(
                        recipient: .owner("Enhetschef"), purpose: .digest, subject: "S", text: text, html: nil,
                        regarding: nil),
                    nil, ctx
                ).domainError?.code == code)
        }
        let huge = String(repeating: "x", count: DomainLimits.mailBodyBytes + 1)
        #expect(
            attempt(
                MailAggregate.self,
                .queue(
                    recipient: .owner("Enhetschef"), purpose: .digest, subject: "S", text: "ok", html: huge,
                    regarding: nil),
                nil, ctx
            ).domainError?.code == .textTooLong)
    }

    @Test func deliveredIsFinal() throws {
        let (events, state) = try MailAggregate.handle(
            .recordAttempt(.accepted, policy: policy, jitter: 0.5), try queued(), ctx)
        #expect(events == [.delivered(MailDelivered(attempt: 1, at: Timestamp(ctx.now)))])
        for command in [MailCommand.recordAttempt(.accepted, policy: policy, jitter: 0), .retry, .hold] {
            #expect(attempt(MailAggregate.self, command, state, later(5)).domainError?.code == .transitionNotAllowed)
        }
    }

    @Test func aTemporaryFailureIsTriedAgainAfterABackOffWithJitter() throws {
        var state = try queued()
        for (number, expected) in [(1, 60.0), (2, 120.0), (3, 240.0)] {
            let (events, next) = try MailAggregate.handle(
                .recordAttempt(.temporaryFailure("status 75"), policy: policy, jitter: 1), state, ctx)
            let retryAt = Timestamp(ctx.now).adding(seconds: expected)
            #expect(
                events == [
                    .deliveryFailed(
                        MailDeliveryFailed(
                            attempt: number, at: Timestamp(ctx.now), reason: "status 75", retryAt: retryAt))
                ])
            #expect(next?.stage == .due(at: retryAt, lastError: "status 75"))
            #expect(next?.stage.name == .failing)
            state = next
        }
    }

    @Test func backOffDoublesUpToTheMaximumAndJitterTakesAtMostHalf() {
        #expect(policy.delay(afterAttempt: 1, jitter: 0) == 30)
        #expect(policy.delay(afterAttempt: 1, jitter: 1) == 60)
        #expect(policy.delay(afterAttempt: 7, jitter: 1) == 3600)
        #expect(policy.delay(afterAttempt: 1_000_000, jitter: 0.5) == 2700)
        #expect(policy.delay(afterAttempt: Int.max, jitter: 2) == 3600)
        #expect(policy.delay(afterAttempt: Int.min, jitter: -1) == 30)
    }

    @Test func temporaryFailuresPastTheLimitAreGivenUpAndWaitForARetry() throws {
        let state = try queued()
        let (events, given) = try MailAggregate.handle(
            .recordAttempt(.temporaryFailure("timeout"), policy: policy, jitter: 0), state, later(86_400))
        #expect(events.count == 2)
        #expect(events.last == .givenUp(MailGivenUp(at: Timestamp(later(86_400).now))))
        #expect(given?.stage == .givenUp(at: Timestamp(later(86_400).now), reason: "timeout"))
        #expect(
            attempt(MailAggregate.self, .recordAttempt(.accepted, policy: policy, jitter: 0), given, later(86_401))
                .domainError?.code == .transitionNotAllowed)
        let retried = try MailAggregate.handle(.retry, given, later(90_000)).state
        #expect(retried?.stage == .due(at: Timestamp(later(90_000).now), lastError: nil))
    }

    @Test func aPermanentFailureWaitsForARetry() throws {
        let failed = try MailAggregate.handle(
            .recordAttempt(.permanentFailure("550 no such user"), policy: policy, jitter: 0), try queued(), ctx
        ).state
        #expect(failed?.stage == .failed(at: Timestamp(ctx.now), reason: "550 no such user"))
        #expect(failed?.attempts == 1)
        let retried = try MailAggregate.handle(.retry, failed, later(10)).state
        #expect(retried?.stage.name == .pending)
        let delivered = try MailAggregate.handle(
            .recordAttempt(.accepted, policy: policy, jitter: 0), retried, later(11))
        #expect(delivered.events == [.delivered(MailDelivered(attempt: 2, at: Timestamp(later(11).now)))])
    }

    @Test func aMessageWithoutAddressIsHeldOnceAndCanStillBeDelivered() throws {
        let (events, held) = try MailAggregate.handle(.hold, try queued(), ctx)
        #expect(events == [.held(MailHeld(at: Timestamp(ctx.now)))])
        #expect(held?.stage.name == .held)
        #expect(try MailAggregate.decide(.hold, held, later(1)).isEmpty)
        let delivered = try MailAggregate.handle(.recordAttempt(.accepted, policy: policy, jitter: 0), held, later(2))
        #expect(delivered.state?.stage == .delivered(at: Timestamp(later(2).now)))
    }

    @Test func retryingAPendingMessageChangesNothing() throws {
        #expect(attempt(MailAggregate.self, .retry, try queued(), ctx).domainError?.code == .unchanged)
        #expect(attempt(MailAggregate.self, .retry, nil, ctx).domainError?.code == .notFound)
    }

    @Test func recipientKeysAreCheckedAndOwnerTitlesNormalised() throws {
        #expect(try RecipientKey(kind: .owner, id: "  Enhetschef \t Vuxenstöd ") == .owner("Enhetschef Vuxenstöd"))
        #expect(try RecipientKey(kind: .council, id: Fixture.council.description) == .council(Fixture.council))
        #expect(throws: DomainError.self) { try RecipientKey(kind: .management, id: "inte-ett-id") }
        #expect(throws: DomainError.self) { try RecipientKey(kind: .owner, id: "Chef\nBcc: x@example.org") }
        #expect(throws: DomainError.self) { try RecipientKey(kind: .owner, id: "Chef\u{0}") }
        let encoded = try JSONEncoder().encode(RecipientKey.coordinator(Fixture.unit))
        #expect(try JSONDecoder().decode(RecipientKey.self, from: encoded) == .coordinator(Fixture.unit))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RecipientKey.self, from: Data(#"{"kind":"council","id":"x"}"#.utf8))
        }
    }

    @Test func theDirectoryRemovesOnlyWhatItHas() throws {
        let key = RecipientKey.management(Fixture.unit)
        #expect(attempt(ContactDirectoryAggregate.self, .remove(key), [], ctx).domainError?.code == .notFound)
        let state = try ContactDirectoryAggregate.handle(.set(key), [], ctx).state
        #expect(state == [key])
        #expect(
            try ContactDirectoryAggregate.handle(.set(key), state, ctx).events == [.set(ContactSet(recipient: key))])
        #expect(try ContactDirectoryAggregate.handle(.remove(key), state, ctx).state.isEmpty)
    }

    @Test func timestampsKeepMillisecondsInUTC() throws {
        let stamp = Timestamp(Date(timeIntervalSince1970: 1_764_500_000.1234))
        #expect(stamp.description == "2025-11-30T10:53:20.123Z")
        let json = try JSONEncoder().encode([stamp])
        #expect(try JSONDecoder().decode([Timestamp].self, from: json) == [stamp])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Timestamp].self, from: Data(#"["igår"]"#.utf8))
        }
    }
}
