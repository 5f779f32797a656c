import FoundationEssentials
import Testing

@testable import Domain

@Suite struct OtherAggregateTests {
    let ctx = context("2026-03-04")

    @Test func unitsAreRegisteredAndRenamed() throws {
        let (_, unit) = try UnitAggregate.handle(.register(name: " Vuxenstöd Lund "), nil, ctx)
        #expect(unit == UnitState(name: "Vuxenstöd Lund"))
        #expect(
            attempt(UnitAggregate.self, .register(name: "X"), unit, ctx).domainError
                == DomainError(
                    .alreadyExists, "Verksamheten finns redan. Den kan byta namn, men inte registreras igen."))
        #expect(
            attempt(UnitAggregate.self, .rename(name: "Vuxenstöd Lund"), unit, ctx).domainError
                == DomainError(.unchanged, "Verksamheten heter redan Vuxenstöd Lund. Ange ett annat namn."))
        #expect(
            attempt(UnitAggregate.self, .rename(name: "X"), nil, ctx).domainError
                == DomainError(.notFound, "Verksamheten finns inte. Registrera den först."))
    }

    @Test func councilMeetingsHaveADateAndACountButNoNames() throws {
        var council = try CouncilAggregate.handle(
            .create(unitId: Fixture.unit, name: "Brukarråd", form: .userCouncil), nil, ctx
        ).state
        council = try CouncilAggregate.handle(
            .recordMeeting(meetingId: Fixture.meeting, heldOn: day("2026-03-01"), participantCount: 8), council, ctx
        ).state
        #expect(council?.hasMeeting(Fixture.meeting) == true)
        #expect(
            attempt(
                CouncilAggregate.self,
                .recordMeeting(meetingId: Fixture.meeting, heldOn: day("2026-03-01"), participantCount: 8), council, ctx
            ).domainError?.code == .duplicate)
        #expect(
            attempt(
                CouncilAggregate.self,
                .recordMeeting(meetingId: MeetingID(uuid(77)), heldOn: day("2026-03-01"), participantCount: 0), council,
                ctx
            ).domainError
                == DomainError(
                    .invalidNumber, "Antalet deltagare måste vara minst 1. Ange hur många som kom, utan namn."))
        #expect(
            attempt(
                CouncilAggregate.self,
                .recordMeeting(meetingId: MeetingID(uuid(77)), heldOn: day("2026-03-10"), participantCount: 5), council,
                ctx
            ).domainError?.code == .dateInFuture)
        #expect(
            attempt(
                CouncilAggregate.self,
                .recordMeeting(meetingId: MeetingID(uuid(77)), heldOn: day("2026-03-01"), participantCount: 5), nil, ctx
            ).domainError?.code == .notFound)
    }

    @Test func proposalsCarryNoIdentityNumbers() throws {
        let ok = try ProposalAggregate.handle(
            .putForward(
                councilId: Fixture.council, meetingId: nil, text: "Tid att lyssna", qualityArea: nil, pseudonym: "  "),
            nil, ctx
        ).state
        #expect(ok?.pseudonym == nil)
        #expect(ok?.putForwardOn == day("2026-03-04"))
        #expect(
            attempt(
                ProposalAggregate.self,
                .putForward(
                    councilId: Fixture.council, meetingId: nil, text: "Tid", qualityArea: nil,
                    pseudonym: "19800101-1234"), nil, ctx
            ).domainError
                == DomainError(
                    .personalDataSuspected,
                    "Pseudonymen innehåller något som liknar ett personnummer eller samordningsnummer. Skriv inte personuppgifter om brukare; använd en pseudonym eller rådets namn."
                ))
        #expect(
            attempt(
                ProposalAggregate.self,
                .putForward(
                    councilId: Fixture.council, meetingId: nil, text: "Ring 0701234567", qualityArea: nil,
                    pseudonym: nil), nil, ctx
            ).domainError?.code == .personalDataSuspected)
        let withdrawn = try ProposalAggregate.handle(.withdraw(reason: "Löst på annat sätt."), ok, ctx).state
        #expect(
            attempt(ProposalAggregate.self, .withdraw(reason: "igen"), withdrawn, ctx).domainError
                == DomainError(
                    .transitionNotAllowed, "Förslaget är redan tillbakadraget. Rådet kan lämna ett nytt förslag."))
    }

    @Test func revisionsNeedTwoAuditorsAndAPublishedReportBeforeFindings() throws {
        #expect(
            attempt(
                RevisionAggregate.self,
                .plan(
                    unitId: Fixture.unit, periodStart: day("2026-01-01"), periodEnd: day("2026-02-01"), auditorCount: 1),
                nil, ctx
            ).domainError
                == DomainError(
                    .invalidNumber, "En brukarrevision behöver minst 2 brukarrevisorer. Ange hur många som deltar."))
        #expect(
            attempt(
                RevisionAggregate.self,
                .plan(
                    unitId: Fixture.unit, periodStart: day("2026-02-01"), periodEnd: day("2026-01-01"), auditorCount: 2),
                nil, ctx
            ).domainError?.code == .invalidPeriod)
        var revision = try RevisionAggregate.handle(
            .plan(unitId: Fixture.unit, periodStart: day("2026-01-01"), periodEnd: day("2026-02-01"), auditorCount: 2),
            nil, ctx
        ).state
        let finding = RevisionCommand.recordFinding(
            findingId: Fixture.finding, text: "Svårt att nå handläggare.", qualityArea: .information,
            recommendation: "Inför telefontid.")
        #expect(
            attempt(RevisionAggregate.self, finding, revision, ctx).domainError
                == DomainError(
                    .transitionNotAllowed,
                    "Rapporten är inte publicerad än. Publicera rapporten, sedan kan iakttagelser registreras."))
        revision = try RevisionAggregate.handle(
            .publishReport(publishedOn: day("2026-03-01"), title: nil), revision, ctx
        ).state
        revision = try RevisionAggregate.handle(finding, revision, ctx).state
        #expect(revision?.finding(Fixture.finding)?.qualityArea == .information)
        #expect(attempt(RevisionAggregate.self, finding, revision, ctx).domainError?.code == .duplicate)
        #expect(
            attempt(RevisionAggregate.self, .publishReport(publishedOn: day("2026-03-02"), title: nil), revision, ctx)
                .domainError?.code == .transitionNotAllowed)
    }

    @Test func certificationRunsAssessPlanAdoptCertifyAndExpiresAfterTwoYears() throws {
        var cert = try CertificationAggregate.handle(
            .start(unitId: Fixture.unit, startedOn: day("2026-01-10"), renews: nil), nil, ctx
        ).state
        let item = CertificationCommand.addActionItem(
            actionItemId: Fixture.actionItem, area: .information, action: "Information på lätt svenska",
            owner: "Enhetschef", dueDate: day("2026-06-30"), followedUpBy: "Arbetsgruppen")
        cert = try CertificationAggregate.handle(item, cert, ctx).state
        #expect(
            attempt(CertificationAggregate.self, .certify(certifiedOn: day("2026-03-01")), cert, ctx).domainError
                == DomainError(
                    .transitionNotAllowed,
                    "Verksamheten kan inte certifieras förrän ledningen har antagit handlingsplanen."))
        for area in QualityArea.allCases.dropLast() {
            cert = try CertificationAggregate.handle(
                .assessArea(area: area, fulfilled: area != .information, note: nil), cert, ctx
            ).state
        }
        #expect(
            attempt(
                CertificationAggregate.self, .adoptPlan(adoptedOn: day("2026-02-20"), decidedBy: "Ledningsgruppen"),
                cert, ctx
            ).domainError
                == DomainError(
                    .incomplete,
                    "Alla tio kvalitetsområden måste bedömas innan ledningen antar planen. Kvar att bedöma: Kvalitetsledningssystem."
                ))
        cert = try CertificationAggregate.handle(
            .assessArea(area: .qualityManagement, fulfilled: true, note: nil), cert, ctx
        ).state
        cert = try CertificationAggregate.handle(
            .adoptPlan(adoptedOn: day("2026-02-20"), decidedBy: "Ledningsgruppen"), cert, ctx
        ).state
        #expect(
            attempt(CertificationAggregate.self, item, cert, ctx).domainError
                == DomainError(
                    .transitionNotAllowed,
                    "Det går inte att lägga till en åtgärd: ledningen antog handlingsplanen 2026-02-20. Nästa steg är att certifiera verksamheten."
                ))
        cert = try CertificationAggregate.handle(.certify(certifiedOn: day("2026-03-01")), cert, ctx).state
        #expect(cert?.validUntil == day("2028-03-01"))
        #expect(cert?.isExpired(on: day("2028-03-01")) == false)
        #expect(cert?.isExpired(on: day("2028-03-02")) == true)
        #expect(cert?.daysUntilExpiry(from: day("2027-12-02")) == 90)
        #expect(
            attempt(CertificationAggregate.self, .certify(certifiedOn: day("2026-03-02")), cert, ctx).domainError
                == DomainError(
                    .transitionNotAllowed,
                    "Verksamheten certifierades 2026-03-01 och certifikatet gäller till 2028-03-01. Starta en förnyelse för en ny period."
                ))
        let renewal = try CertificationAggregate.handle(
            .start(unitId: Fixture.unit, startedOn: day("2026-03-04"), renews: Fixture.certification), nil, ctx
        ).state
        #expect(renewal?.renews == Fixture.certification)
    }

    @Test func calendarDatesAreDaysInStockholm() {
        #expect(CalendarDate("2026-02-30") == nil)
        #expect(day("2028-02-29").adding(years: 2) == day("2030-02-28"))
        #expect(day("2026-12-31").adding(days: 1) == day("2027-01-01"))
        #expect(day("2026-01-01").days(until: day("2026-03-01")) == 59)
        // 23:30 UTC on 31 December (noon Stockholm + 12.5 h) is already New Year's Day in Stockholm.
        let lateUTC = context("2026-12-31").now.addingTimeInterval(12.5 * 3600)
        #expect(DecisionContext(now: lateUTC, timeZone: .stockholm).today == day("2027-01-01"))
    }

    @Test func streamNamesUseLowercaseUUIDs() {
        #expect(IssueID(uuid(10)).streamName == "issue-00000000-0000-0000-0000-00000000000a")
        #expect(UnitID(uuid(1)).streamName.hasPrefix("unit-"))
        #expect(CouncilID(uuid(1)).streamName.hasPrefix("council-"))
        #expect(ProposalID(uuid(1)).streamName.hasPrefix("proposal-"))
        #expect(RevisionID(uuid(1)).streamName.hasPrefix("revision-"))
        #expect(CertificationID(uuid(1)).streamName.hasPrefix("certification-"))
        #expect(DomainCommand.issue(Fixture.issue, .startPreparation).streamName == Fixture.issue.streamName)
    }
}
