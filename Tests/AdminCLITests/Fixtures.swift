/// Replies written as the interface definition spells them (`io.tredjekraft.admin.varlink`), shared by
/// the rendering tests and the stub daemon.
enum Fixtures {
    static let unitId = "5e0c1a2b-0000-4000-8000-000000000001"
    static let councilId = "8d7e6f5a-0000-4000-8000-000000000002"
    static let proposalId = "2c3d4e5f-0000-4000-8000-000000000003"
    static let issueId = "7b1c2d3e-0000-4000-8000-000000000004"
    static let otherIssueId = "1f2e3d4c-0000-4000-8000-000000000005"
    static let revisionId = "4f5a6b7c-0000-4000-8000-000000000006"
    static let findingId = "9a8b7c6d-0000-4000-8000-000000000007"
    static let certificationId = "6a7b8c9d-0000-4000-8000-000000000008"
    static let actionItemId = "0b1c2d3e-0000-4000-8000-000000000009"
    static let meetingId = "1a2b3c4d-0000-4000-8000-00000000000a"

    static let issueSummary = """
        {
          "id": "\(issueId)", "title": "Knacka innan man går in", "status": "decided",
          "outcome": "partially_accepted", "owner": "Enhetschef vuxenstöd", "dueDate": "2026-05-01",
          "unitId": "\(unitId)", "unitName": "Vuxenstöd Lund", "qualityArea": "bemotande",
          "participationLevel": 3, "sourceKinds": ["proposal"], "councilIds": ["\(councilId)"],
          "feedbackOwedCount": 1, "registeredOn": "2026-03-04", "lastEventOn": "2026-03-20",
          "daysSinceLastEvent": 12, "isOverdue": true, "isStale": false
        }
        """

    static let quietIssueSummary = """
        {
          "id": "\(otherIssueId)", "title": "Öppettider på helger", "status": "registered",
          "unitId": "\(unitId)", "unitName": "Iris Mullsjö HVB",
          "sourceKinds": ["finding"], "councilIds": [], "feedbackOwedCount": 0,
          "registeredOn": "2026-02-01", "lastEventOn": "2026-02-01", "daysSinceLastEvent": 60,
          "isOverdue": false, "isStale": true
        }
        """

    static let issues = #"{"issues": [\#(issueSummary), \#(quietIssueSummary)]}"#

    static let issueDetail = """
        {
          "summary": \(issueSummary),
          "motivation": "Vi inför det på två av tre avdelningar från 1 maj.",
          "decidedBy": "Ledningsgruppen", "decidedOn": "2026-03-20",
          "participationReason": "Rådet var med och tog fram rutinen.",
          "mergedInto": null,
          "sources": [
            {
              "kind": "proposal", "id": "\(proposalId)", "text": "Personalen ska knacka innan de går in.",
              "origin": "Förslag från Dialogmöte vuxenstöd Lund", "date": "2026-03-04"
            }
          ],
          "feedbackOwed": [
            {
              "issueId": "\(issueId)", "councilId": "\(councilId)", "councilName": "Dialogmöte vuxenstöd Lund",
              "occasion": "decision", "owedSince": "2026-03-20"
            }
          ]
        }
        """

    static let historyEntries = """
        [
          {
            "issueId": "\(issueId)", "date": "2026-03-04", "text": "Ärendet registrerades från ett förslag.",
            "actor": "åsa", "eventType": "IssueOpened"
          },
          {
            "issueId": "\(issueId)", "date": "2026-03-20", "text": "Delvis bifall: Vi inför det på två av tre avdelningar.",
            "actor": "ledning", "eventType": "IssueDecided"
          }
        ]
        """

    static let trace = """
        {
          "trace": {
            "source": {
              "kind": "proposal", "id": "\(proposalId)", "text": "Personalen ska knacka innan de går in.",
              "origin": "Förslag från Dialogmöte vuxenstöd Lund", "date": "2026-03-04"
            },
            "issue": \(issueDetail),
            "issuePath": ["\(otherIssueId)", "\(issueId)"],
            "history": \(historyEntries),
            "answer": "Förslaget fick delvis bifall 2026-03-20. Dialogmöte vuxenstöd Lund väntar på återkoppling."
          }
        }
        """

    static let units = """
        {"units": [{"id": "\(unitId)", "name": "Vuxenstöd Lund", "councils": 1, "openIssues": 12}]}
        """

    static let councils = """
        {
          "councils": [
            {
              "id": "\(councilId)", "unitId": "\(unitId)", "unitName": "Vuxenstöd Lund",
              "name": "Dialogmöte vuxenstöd Lund", "form": "dialogmote",
              "meetings": [
                {"id": "\(meetingId)", "heldOn": "2026-01-15", "participantCount": 9},
                {"id": "1a2b3c4d-0000-4000-8000-00000000000b", "heldOn": "2026-03-04", "participantCount": 11}
              ],
              "proposals": 10
            }
          ]
        }
        """

    static let proposals = """
        {
          "proposals": [
            {
              "id": "\(proposalId)", "councilId": "\(councilId)", "councilName": "Dialogmöte vuxenstöd Lund",
              "meetingId": "\(meetingId)", "text": "Personalen ska knacka innan de går in.",
              "qualityArea": "bemotande", "pseudonym": null, "putForwardOn": "2026-03-04",
              "withdrawnReason": null, "issueId": "\(issueId)", "issueStatus": "decided"
            },
            {
              "id": "2c3d4e5f-0000-4000-8000-00000000000c", "councilId": "\(councilId)",
              "councilName": "Dialogmöte vuxenstöd Lund", "text": "Fler aktiviteter på helgerna.",
              "putForwardOn": "2026-03-04", "withdrawnReason": "Rådet ordnade det själva."
            }
          ]
        }
        """

    static let revisions = """
        {
          "revisions": [
            {
              "id": "\(revisionId)", "unitId": "\(unitId)", "unitName": "Iris Mullsjö HVB",
              "periodStart": "2026-02-01", "periodEnd": "2026-04-30", "auditorCount": 4,
              "publishedOn": "2026-05-15", "title": "Granskningsrapport 2026",
              "findings": [
                {
                  "id": "\(findingId)", "text": "Flera visste inte vem de kunde vända sig till.",
                  "qualityArea": "information", "recommendation": "Ge skriftlig information vid inskrivning.",
                  "issueId": null, "issueStatus": null
                }
              ]
            }
          ]
        }
        """

    static let certificationStatus = """
        {
          "certificationId": "\(certificationId)", "unitId": "\(unitId)", "unitName": "Vuxenstöd Lund",
          "stage": "Handlingsplanen är antagen", "startedOn": "2026-01-15", "adoptedOn": "2026-03-01",
          "certifiedOn": null, "validUntil": null, "daysUntilExpiry": null, "areasAssessed": 10,
          "actionItemsOpen": 2, "actionItemsDone": 1
        }
        """

    static let certification = """
        {
          "certification": {
            "certification": \(certificationStatus),
            "renews": null, "adoptedBy": "Ledningsgruppen",
            "areas": [
              {"area": "bemotande", "fulfilled": true, "note": null},
              {"area": "kartlaggning_av_problem", "fulfilled": false, "note": "Saknar rutin för uppföljning."}
            ],
            "actionItems": [
              {
                "id": "\(actionItemId)", "area": "kartlaggning_av_problem", "action": "Ta fram en rutin.",
                "owner": "Enhetschef", "dueDate": "2026-02-28", "followedUpBy": "Brukarrådet",
                "isOverdue": true, "issueId": "\(issueId)", "issueStatus": "in_progress"
              }
            ]
          }
        }
        """

    static let due = """
        {
          "items": [
            {
              "kind": "feedback_owed", "reference": "\(issueId)", "title": "Knacka innan man går in",
              "unitId": "\(unitId)", "date": "2026-03-20", "isOverdue": true, "owner": "Enhetschef",
              "councilId": "\(councilId)"
            },
            {
              "kind": "certification_expiring", "reference": "\(certificationId)", "title": "Vuxenstöd Lund",
              "unitId": "\(unitId)", "date": "2026-06-01", "isOverdue": false
            }
          ]
        }
        """

    static let statistics = """
        {
          "statistics": {
            "unitId": null, "from": "2025-04-01", "to": "2026-03-31",
            "total": {
              "registered": 40, "decided": 31, "implemented": 12, "medianDaysToDecision": 17.5,
              "feedbackWithin30DaysShare": 0.75, "followedUp": 5, "followedUpWithoutKvittens": 1,
              "kvittensShare": 0.8
            },
            "byQualityArea": [
              {
                "key": "bemotande", "label": "Bemötande",
                "figures": {"registered": 8, "decided": 6, "implemented": 2, "medianDaysToDecision": null,
                            "feedbackWithin30DaysShare": null, "followedUp": 0,
                            "followedUpWithoutKvittens": 0, "kvittensShare": null}
              }
            ],
            "byParticipationLevel": []
          }
        }
        """

    static let status = """
        {
          "version": "0.4.0", "uptimeSeconds": 93784.5, "startedAt": "2026-03-01T08:00:00+01:00",
          "database": {
            "state": "unreachable", "reason": "connection refused", "embedded": false,
            "schema": "tredjekraft", "since": "2026-03-02T10:03:04+01:00"
          },
          "migrationVersion": null, "latestMigrationVersion": 3, "eventLog": null, "projections": null,
          "timeZone": "Europe/Stockholm", "user": "åsa", "role": "coordinator"
        }
        """

    static let whoAmINoRole = """
        {"user": "gäst", "uid": 1001, "groups": ["users"], "canWrite": false}
        """

    static let openIssueReply = """
        {
          "issueId": "\(issueId)",
          "events": [{"type": "IssueOpened", "stream": "issue-\(issueId)", "position": "812/44"}],
          "duplicate": false
        }
        """

    static let loggedEvent = """
        {
          "event": {
            "position": "812/44", "stream": "issue-\(issueId)", "streamVersion": 1, "type": "IssueOpened",
            "schemaVersion": 1, "recordedAt": "2026-03-04T09:15:02+01:00", "actor": "åsa",
            "data": {"title": "Knacka innan man går in"}
          }
        }
        """
}
