import AdminProtocol
import Foundation
import ReadModelTypes
import Testing
import Varlink

@testable import AdminCLI

@Suite struct RenderingTests {
    @Test func issueListShowsSwedishLabelsShortIdsAndAlignedColumns() throws {
        let text = IssueRendering.list(try decode(IssuesReply.self, Fixtures.issues))
        let rows = lines(text)
        #expect(
            rows[0]
                == "Id        Ärende                   Status                    Ansvarig              Klart senast           Verksamhet        Återkoppling"
        )
        #expect(
            rows[2].hasPrefix(
                "7b1c2d3e  Knacka innan man går in  Beslutat (delvis bifall)  Enhetschef vuxenstöd  2026-05-01 (försenat)  Vuxenstöd Lund    väntar (1)"
            ))
        #expect(
            rows[3]
                == "1f2e3d4c  Öppettider på helger     Registrerat               —                     —                      Iris Mullsjö HVB  —"
        )
        for header in ["Status", "Klart senast", "Återkoppling"] {
            #expect(column(of: header, in: rows[0]) != nil)
        }
        #expect(column(of: "Registrerat", in: rows[3]) == column(of: "Status", in: rows[0]))
        #expect(column(of: "Iris", in: rows[3]) == column(of: "Verksamhet", in: rows[0]))
    }

    @Test func emptyListsSaySoInSwedish() throws {
        #expect(IssueRendering.list(try decode(IssuesReply.self, #"{"issues": []}"#)) == "Inga ärenden.")
        #expect(CatalogRendering.units(try decode(UnitsReply.self, #"{"units": []}"#)) == "Inga verksamheter.")
        #expect(CatalogRendering.councils(try decode(CouncilsReply.self, #"{"councils": []}"#)) == "Inga råd.")
        #expect(CatalogRendering.proposals(try decode(ProposalsReply.self, #"{"proposals": []}"#)) == "Inga förslag.")
        #expect(
            CatalogRendering.revisions(try decode(RevisionsReply.self, #"{"revisions": []}"#))
                == "Inga brukarrevisioner.")
        #expect(
            CertificationRendering.list(try decode(CertificationsReply.self, #"{"certifications": []}"#))
                == "Inga certifieringar.")
        #expect(IssueRendering.history(try decode(HistoryReply.self, #"{"entries": []}"#)) == "Ingen historik.")
        #expect(
            DueRendering.render(try decode(DueReply.self, #"{"items": []}"#), horizonDays: 14)
                == "Inget förfaller inom 14 dagar och inget är försenat.")
    }

    @Test func issueDetailShowsWholeIdsDecisionSourcesAndOwedFeedback() throws {
        let text = IssueRendering.detail(try decode(IssueReply.self, #"{"issue": \#(Fixtures.issueDetail)}"#))
        #expect(text.contains("Id:                    \(Fixtures.issueId)"))
        #expect(text.contains("Status:                Beslutat (delvis bifall)"))
        #expect(text.contains("Motivering:            Vi inför det på två av tre avdelningar från 1 maj."))
        #expect(text.contains("Beslutat av:           Ledningsgruppen 2026-03-20"))
        #expect(text.contains("Delaktighet:           3 – Brukarnas åsikter tas till vara"))
        #expect(text.contains("Kvalitetsområde:       Bemötande"))
        #expect(text.contains("Förslag  2c3d4e5f  Personalen ska knacka innan de går in."))
        #expect(text.contains("Återkoppling som väntar:\nRåd                        Om      Väntar sedan"))
        #expect(text.contains("Dialogmöte vuxenstöd Lund  Beslut  2026-03-20"))
    }

    /// Daemons before the field was dropped sent `escalation` in every issue summary; a newer CLI reads
    /// their replies all the same (the escalations are in the issue's `effects`).
    @Test func aSummaryWithTheOldEscalationFieldStillDecodes() throws {
        let old = Fixtures.issueDetail.replacingOccurrences(
            of: #""isStale": false"#, with: #""isStale": false, "escalation": "2026-03-25: Ledningen har fått veta.""#)
        #expect(old != Fixtures.issueDetail)
        let detail = try decode(IssueReply.self, #"{"issue": \#(old)}"#)
        #expect(detail == (try decode(IssueReply.self, #"{"issue": \#(Fixtures.issueDetail)}"#)))
        #expect(!IssueRendering.detail(detail).contains("Eskalerat"))
    }

    @Test func historyIsADatedListWithActors() throws {
        let text = IssueRendering.history(try decode(HistoryReply.self, #"{"entries": \#(Fixtures.historyEntries)}"#))
        #expect(
            text == """
                Datum       Vad hände                                               Av
                ──────────  ──────────────────────────────────────────────────────  ───────
                2026-03-04  Ärendet registrerades från ett förslag.                 åsa
                2026-03-20  Delvis bifall: Vi inför det på två av tre avdelningar.  ledning
                """)
    }

    @Test func traceAnswersWhatHappenedToTheProposal() throws {
        let text = TraceRendering.render(try decode(TraceReply.self, Fixtures.trace))
        let expectedStart = """
            Förslag 2c3d4e5f · Förslag från Dialogmöte vuxenstöd Lund · 2026-03-04
              »Personalen ska knacka innan de går in.«

            Svar: Förslaget fick delvis bifall 2026-03-20. Dialogmöte vuxenstöd Lund väntar på återkoppling.

            Ärendet:
            Id:
            """
        #expect(text.hasPrefix(expectedStart))
        #expect(text.contains("Vägen hit: 1f2e3d4c → 7b1c2d3e"))
        #expect(text.contains("Historik:\nDatum       Vad hände"))
        #expect(text.contains("2026-03-20  Delvis bifall: Vi inför det på två av tre avdelningar.  ledning"))
    }

    @Test func traceOfASourceWithoutAnIssue() throws {
        let json = """
            {"trace": {"source": {"kind": "finding", "id": "\(Fixtures.findingId)", "text": "Skyltar saknas.",
              "origin": "Granskningsrapport 2026"}, "issuePath": [], "history": [],
              "answer": "Iakttagelsen har inte blivit ett ärende än."}}
            """
        let text = TraceRendering.render(try decode(TraceReply.self, json))
        #expect(text.hasPrefix("Iakttagelse 9a8b7c6d · Granskningsrapport 2026\n  »Skyltar saknas.«"))
        #expect(text.contains("Inget ärende är öppnat för det än."))
        #expect(text.hasSuffix("Ingen historik än."))
    }

    @Test func catalogLists() throws {
        let units = CatalogRendering.units(try decode(UnitsReply.self, Fixtures.units))
        #expect(
            units == """
                Id        Verksamhet      Råd  Öppna ärenden
                ────────  ──────────────  ───  ─────────────
                5e0c1a2b  Vuxenstöd Lund    1             12
                """)
        let councils = CatalogRendering.councils(try decode(CouncilsReply.self, Fixtures.councils))
        #expect(
            lines(councils)[2]
                == "8d7e6f5a  Dialogmöte vuxenstöd Lund  Dialogmöte  Vuxenstöd Lund      2  2026-03-04         10")
        let proposals = CatalogRendering.proposals(try decode(ProposalsReply.self, Fixtures.proposals))
        #expect(lines(proposals)[2].hasSuffix("2026-03-04  Bemötande  7b1c2d3e Beslutat"))
        #expect(lines(proposals)[3].hasSuffix("2026-03-04  —          återtaget"))
        let revisions = CatalogRendering.revisions(try decode(RevisionsReply.self, Fixtures.revisions))
        #expect(revisions.contains("4f5a6b7c  Iris Mullsjö HVB  2026-02-01 – 2026-04-30          4  2026-05-15"))
        #expect(revisions.contains("Iakttagelser i Granskningsrapport 2026 (4f5a6b7c):"))
        #expect(
            revisions.contains(
                "9a8b7c6d  Information  Flera visste inte vem de kunde vända si…  Ge skriftlig information vid inskrivnin…"
            ))
        #expect(revisions.hasSuffix("inget ärende"))
    }

    @Test func certificationInFull() throws {
        let text = CertificationRendering.detail(try decode(CertificationReply.self, Fixtures.certification))
        #expect(text.contains("Läge:                   Handlingsplanen är antagen"))
        #expect(text.contains("Handlingsplan antagen:  2026-03-01 av Ledningsgruppen"))
        #expect(text.contains("Bedömda områden:        10 av 10"))
        #expect(text.contains("Kartläggning av problem  nej       Saknar rutin för uppföljning."))
        #expect(
            text.contains("0b1c2d3e  Kartläggning av problem  Ta fram en rutin.  Enhetschef  2026-02-28 (försenad)"))
        #expect(text.contains("7b1c2d3e Genomförs"))
        let list = CertificationRendering.list(
            try decode(CertificationsReply.self, #"{"certifications": [\#(Fixtures.certificationStatus)]}"#))
        #expect(lines(list)[2].hasPrefix("6a7b8c9d  Vuxenstöd Lund  Handlingsplanen är antagen  2026-01-15  —"))
        #expect(list.hasSuffix("2 öppna, 1 klara"))
    }

    @Test func dueItemsSayWhatIsOwed() throws {
        let text = DueRendering.render(try decode(DueReply.self, Fixtures.due), horizonDays: nil)
        let rows = lines(text)
        #expect(rows[0] == "Vad                  Id        Gäller                   Datum       Försenat  Ansvarig")
        #expect(rows[2] == "Återkoppling väntar  7b1c2d3e  Knacka innan man går in  2026-03-20  ja        Enhetschef")
        #expect(rows[3] == "Certifiering går ut  6a7b8c9d  Vuxenstöd Lund           2026-06-01            —")
    }

    @Test func statisticsWithDecimalCommaAndPercent() throws {
        let text = StatisticsRendering.render(try decode(StatisticsReply.self, Fixtures.statistics))
        #expect(text.hasPrefix("Period: 2025-04-01 – 2026-03-31"))
        #expect(
            text.contains(
                "Alla ärenden            40         31          12                        17,5                        75 %"
            ))
        #expect(
            text.contains(
                "Bemötande                   8          6           2                           —                           —"
            ))
        #expect(!text.contains("Delaktighet"))
    }

    @Test func statusShowsAnUnreachableDatabase() throws {
        let text = StatusRendering.status(try decode(StatusReply.self, Fixtures.status))
        #expect(text.contains("Igång sedan:    2026-03-01 08:00 (1 d 2 h 3 min)"))
        #expect(text.contains("Databas:        NÅS INTE sedan 2026-03-02 10:03: connection refused"))
        #expect(text.contains("Databasschema:  tredjekraft, version okänd"))
        #expect(text.contains("Du är:          åsa (samordnare)"))
    }

    @Test func statusOfAHealthyDaemonWithItsReadModels() throws {
        let json = """
            {
              "version": "0.4.0", "uptimeSeconds": 42, "startedAt": "2026-03-01T08:00:00+01:00",
              "database": {"state": "ok", "embedded": true, "schema": "tredjekraft", "since": "2026-03-01T08:00:01+01:00"},
              "migrationVersion": 3, "latestMigrationVersion": 3,
              "eventLog": {"lastSequence": 1200, "heldBackEvents": 2, "oldestTransactionSeconds": 75,
                           "oldestTransactionApplication": "psql", "oldestTransactionPid": 4711,
                           "oldestTransactionDatabase": "kommunen"},
              "projections": [{"name": "issues", "position": "900/1200", "eventsBehind": 0},
                              {"name": "timeline", "position": "880/1150", "eventsBehind": 50}],
              "timeZone": "Europe/Stockholm", "user": "root", "role": "admin"
            }
            """
        let text = StatusRendering.status(try decode(StatusReply.self, json))
        #expect(text.contains("Databas:                    nås (inbyggd, sedan 2026-03-01 08:00)"))
        #expect(text.contains("Databasschema:              tredjekraft, version 3 (den senaste)"))
        #expect(
            text.contains(
                "Väntar på äldre skrivning:  2 händelser, en skrivning har varit öppen i 1 min "
                    + "(process 4711, databas kommunen, psql)"))
        #expect(
            text.hasSuffix(
                """
                Läsmodeller:
                Namn      Position  Efter
                ────────  ────────  ─────
                issues    900/1200      0
                timeline  880/1150     50
                """))
    }

    @Test func whoAmIWithoutARoleSaysHowToGetOne() throws {
        let text = StatusRendering.whoAmI(try decode(WhoAmIReply.self, Fixtures.whoAmINoRole))
        #expect(text.hasPrefix("Användare:  gäst (uid 1001)\nGrupper:    users\nRoll:       ingen\nFår ändra:  nej"))
        #expect(text.contains("roles.coordinator"))
    }

    @Test func commandReplySaysWhatWasDoneAndTheCreatedId() throws {
        let reply = try decode(CommandReply.self, Fixtures.openIssueReply)
        #expect(CommandRendering.render("Ärendet registrerades", reply) == "Ärendet registrerades: \(Fixtures.issueId)")
        var repeated = try decode(CommandReply.self, #"{"events": [], "duplicate": true}"#)
        #expect(
            CommandRendering.render("Ärendet återkallades", repeated).hasPrefix(
                "Ärendet återkallades\n(Kommandot var redan utfört"))
        repeated.duplicate = false
        #expect(CommandRendering.render("Ärendet återkallades", repeated) == "Ärendet återkallades")
    }

    @Test func followPrintsOneLinePerEvent() throws {
        let line = EventRendering.line(try decode(FollowReply.self, Fixtures.loggedEvent))
        #expect(line == "2026-03-04 09:15  812/44  issue-\(Fixtures.issueId)  IssueOpened  (åsa)")
    }

    @Test func demoCounts() throws {
        let json = """
            {"units": 3, "councils": 4, "proposals": 10, "revisions": 2, "findings": 7, "certifications": 1,
             "actionItems": 5, "issues": 12, "events": 140}
            """
        let text = DemoRendering.render(try decode(LoadDemoReply.self, json))
        #expect(text.hasPrefix("Demodata laddades:\nVerksamheter:      3"))
        #expect(text.hasSuffix("Händelser:         140"))
    }

    @Test func jsonOutputIsPrettyWithSortedKeys() throws {
        let object = try decode([String: Varlink.VarlinkValue].self, #"{"b": 1, "a": {"d": "x/y", "c": [true, null]}}"#)
        #expect(
            JSONOutput.render(object) == """
                {
                  "a" : {
                    "c" : [
                      true,
                      null
                    ],
                    "d" : "x/y"
                  },
                  "b" : 1
                }
                """)
    }
}
