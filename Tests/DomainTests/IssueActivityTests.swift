import Testing

@testable import Domain

/// What counts as work on an issue (`IssueEvent.isActivity`): every kind of issue event, decided once.
@Suite struct IssueActivityTests {
    /// Every issue event type and whether it is work on the issue. A new event type fails
    /// `everyIssueEventTypeIsDecided` until it is added here, as the domain's switch forces it there.
    static let expected: [String: Bool] = [
        IssueOpened.eventType: true,
        IssueSourceLinked.eventType: true,
        IssueOwnerAssigned.eventType: true,
        IssueDueDateSet.eventType: true,
        IssuePreparationStarted.eventType: true,
        IssueDecided.eventType: true,
        IssueWorkStarted.eventType: true,
        IssueImplemented.eventType: true,
        IssueVerified.eventType: true,
        IssueVerifiedWithoutKvittens.eventType: true,
        KvittensRecorded.eventType: true,
        IssueRetitled.eventType: false,
        IssueDecisionCorrected.eventType: true,
        IssueDueDateCorrected.eventType: true,
        IssueOwnerCorrected.eventType: true,
        IssueWithdrawn.eventType: true,
        IssueMerged.eventType: true,
        IssueAbsorbed.eventType: true,
        IssueReopened.eventType: true,
        ParticipationLevelSet.eventType: true,
        // Depends on the channel: see `feedbackCountsWhenAPersonGaveIt`.
        FeedbackGiven.eventType: true,
        IssueReminderSent.eventType: false,
        IssueEscalationSent.eventType: false,
    ]

    static var issueEvents: [IssueEvent] {
        Fixture.sampleEvents.compactMap {
            if case .issue(_, let event) = $0 { event } else { nil }
        }
    }

    @Test func everyIssueEventTypeIsDecided() {
        let sampled = Set(Self.issueEvents.map { DomainEvent.issue(Fixture.issue, $0).eventType })
        #expect(sampled == Set(Self.expected.keys))
    }

    @Test func workCountsAndTheLoopsOwnMessagesDoNot() {
        for event in Self.issueEvents {
            let type = DomainEvent.issue(Fixture.issue, event).eventType
            if case .feedbackGiven(let e) = event, e.channel == .digest {
                #expect(!event.isActivity, "\(type) by digest")
            } else {
                #expect(event.isActivity == Self.expected[type], "\(type)")
            }
        }
    }

    /// Feedback a coordinator gave at a meeting or in a letter they wrote is work done by a person; the
    /// feedback a delivered monthly digest gave is the loop's own message.
    @Test func feedbackCountsWhenAPersonGaveIt() {
        for channel in FeedbackChannel.allCases {
            let event = IssueEvent.feedbackGiven(
                FeedbackGiven(
                    councilId: Fixture.council, occasion: .decision, channel: channel, givenOn: day("2026-12-07")))
            #expect(event.isActivity == (channel != .digest), "\(channel)")
        }
    }
}
