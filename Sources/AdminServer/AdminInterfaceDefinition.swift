/// The text of `io.tredjekraft.admin.varlink`, served by `org.varlink.service.GetInterfaceDescription`.
///
/// Embedded as a string so the daemon is one self-contained binary; `AdminInterfaceDefinitionTests`
/// fails when this copy and the `.varlink` file differ. Regenerate with `ops/lib/embed-admin-interface.sh`.
enum AdminInterfaceDefinition {
    static let text = """
        # The administration interface of Tredje kraften (tredjekraftd).
        #
        # Callers are identified by their Unix credentials (SO_PEERCRED); the configuration (roles.admin,
        # roles.coordinator, roles.reader) maps their user or group names to a role. root is always admin.
        # A caller with no role gets org.varlink.service.PermissionDenied with a reason.
        #
        # Readers may call the queries; coordinators also the commands; admins also LoadDemo. The caller's
        # user name is recorded as the actor of every event a command causes.
        #
        # Identifiers are UUIDs. Wherever a method takes one, a unique prefix of at least 6 hex digits
        # (as the CLI shows them) is accepted too; an ambiguous prefix answers RuleViolation.
        # Dates are "YYYY-MM-DD" in the daemon's time zone; instants are ISO 8601 in UTC.
        # Every command takes an optional commandId (a UUID): repeating a command with the same id writes
        # nothing new and answers with the same created id and position, duplicate: true and no events.
        # The same id on a different command is refused (RuleViolation, code command_id_reused).
        # A command replies once the read models show its change; when they do not within the daemon's wait,
        # the reply says so in `lag` (the change is stored all the same).
        interface io.tredjekraft.admin

        # ─── Status ───────────────────────────────────────────────────────────────────────────────

        # Whether the daemon can reach PostgreSQL, as last checked.
        type DatabaseStatus (
          # "ok", "unreachable" or "starting"
          state: string,
          # Why it is unreachable, when it is.
          reason: ?string,
          # Whether the daemon runs its own embedded cluster.
          embedded: bool,
          # The schema that holds the daemon's tables.
          schema: string,
          # When the state last changed (ISO 8601).
          since: string
        )

        # How far the global event log has come, and what holds readers back.
        type EventLogStatus (
          lastSequence: int,
          # Events committed but not yet safe to read past (an older append is still open).
          heldBackEvents: int,
          # The oldest open transaction that appends to the log, if any: only these hold readers back.
          oldestTransactionSeconds: ?float,
          oldestTransactionApplication: ?string,
          # Its server process (absent for a prepared transaction) and its database.
          oldestTransactionPid: ?int,
          oldestTransactionDatabase: ?string
        )

        # A read model that stopped at an event it could not apply (a value its tables refuse, say from a log
        # written by an older release). It stays at the event before; the others go on, and the queries that
        # read it answer with `stale`. A restart, or RebuildProjection, tries the event again.
        type ProjectionFailure (
          # "catalog", "issues", "timeline" or "outbox"
          projection: string,
          # The event it could not apply ("<transaction>/<sequence>"), its type and stream.
          position: string,
          eventType: string,
          stream: string,
          # Why, in one line.
          error: string,
          # When it stopped (ISO 8601).
          since: string
        )

        # How far one read model is behind the event log.
        type ProjectionStatus (
          name: string,
          # The last event it has applied, "<transaction>/<sequence>".
          position: string,
          # Events in the log it has not applied yet.
          eventsBehind: int,
          # Set when it stopped at an event it could not apply.
          stopped: ?ProjectionFailure
        )

        # How the outbox stands.
        type MailStatus (
          # mail.enabled.
          enabled: bool,
          # This daemon holds the mailer lock and delivers (with several daemons on one database, one does).
          delivering: bool,
          # What stops mail going out at all, e.g. a missing sendmail program or no mail.from.
          problem: ?string,
          # Due and never failed.
          queued: int,
          # Due again after a temporary failure.
          failing: int,
          # Waiting for their recipient to get an address (see SetContact).
          held: int,
          # Failed for good or given up; they wait for RetryMail.
          failed: int,
          delivered: int,
          # When the oldest message not yet delivered was queued (ISO 8601), and how many seconds ago.
          oldestUndeliveredQueuedAt: ?string,
          oldestUndeliveredSeconds: ?float
        )

        # The daily reminders and the monthly digests.
        type ScheduleStatus (
          # This daemon holds the schedule (with several daemons on one database, one does).
          leading: bool,
          # When this daemon runs the policies and sends the digests next (ISO 8601), while it holds the schedule.
          nextRemindersAt: ?string,
          nextDigestsAt: ?string,
          # From the log: the day of the last scheduled run of the policies, the month of the last digests.
          lastRemindersDay: ?string,
          lastDigestsMonth: ?string,
          # Names of the councils without an e-mail address: their digests are written as printable letters
          # under the state directory (letters/YYYY-MM/).
          councilsWithoutAddress: []string,
          # Why the last scheduled run failed, until one succeeds.
          problem: ?string
        )

        # The daemon's health and who is asking.
        method Status() -> (
          version: string,
          uptimeSeconds: float,
          startedAt: string,
          database: DatabaseStatus,
          # The event store's schema version in the database, and the newest this daemon knows.
          migrationVersion: ?int,
          latestMigrationVersion: int,
          # Absent when the database cannot be reached.
          eventLog: ?EventLogStatus,
          # Absent when the database cannot be reached.
          projections: ?[]ProjectionStatus,
          timeZone: string,
          # The caller: its user name and role.
          user: string,
          role: string,
          # The outbox and the mailer. Absent when the database cannot be reached.
          mail: ?MailStatus,
          # The schedule. Absent when the database cannot be reached.
          schedule: ?ScheduleStatus
        )

        # Who the daemon thinks the caller is; answers also callers without a role, so they can see why.
        method WhoAmI() -> (
          user: string,
          uid: int,
          groups: []string,
          # "admin", "coordinator" or "reader"; absent when the configuration gives the caller no role.
          role: ?string,
          canWrite: bool
        )

        # The daemon's figures for monitoring, in Prometheus's text exposition format (version 0.0.4): calls
        # on this socket by method and result, append latency, read-model lag, what holds the log back, the
        # outbox, the last scheduled runs, whether the database answers. Counters count since the daemon
        # started. Figures read from the database are refreshed by this call; when it cannot reach the
        # database they keep their last values and tredjekraft_database_reachable is 0. For node_exporter's
        # textfile collector: `tredjekraft metrics > DIR/tredjekraft.prom.$$ && mv DIR/tredjekraft.prom.$$
        # DIR/tredjekraft.prom`. No network listener.
        method Metrics() -> (text: string)

        # ─── What every command answers ───────────────────────────────────────────────────────────

        # One event a command appended. The reply's `position` is where the last of them stands in the
        # global log ("<transaction>/<sequence>"); absent when the command changed nothing.
        type AppendedEvent (
          type: string,
          stream: string
        )

        # Present only when a command's change is stored but the read models had not reached it when the
        # reply was sent (they lag, e.g. behind a long-open transaction, or one of them is stopped; see
        # Status): lists, lookups and prefixes do not show the change until they catch up.
        type ReadModelLag (
          # How far the read models had come ("<transaction>/<sequence>"); the reply's position is later.
          reached: string,
          # How long the command waited for them.
          waitedSeconds: float
        )

        # ─── What every query answers ─────────────────────────────────────────────────────────────

        # Every query answers `stale` when a read model it reads is stopped at an event (see
        # ProjectionFailure): the answer is what the read models hold, which may be out of date.

        # ─── Units, councils and meetings ─────────────────────────────────────────────────────────

        type Unit (
          id: string,
          name: string,
          councils: int,
          openIssues: int
        )

        type Meeting (
          id: string,
          heldOn: string,
          participantCount: int
        )

        type Council (
          id: string,
          unitId: string,
          unitName: string,
          name: string,
          # "brukarrad" or "dialogmote"
          form: string,
          meetings: []Meeting,
          proposals: int
        )

        method ListUnits() -> (units: []Unit, stale: ?[]ProjectionFailure)

        method RegisterUnit(name: string, commandId: ?string) -> (unitId: string, events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        method RenameUnit(unitId: string, name: string, commandId: ?string) -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        # unitId given: that unit's councils only.
        method ListCouncils(unitId: ?string) -> (councils: []Council, stale: ?[]ProjectionFailure)

        method CreateCouncil(unitId: string, name: string, form: string, commandId: ?string)
          -> (councilId: string, events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        # A meeting that took place: its date and how many took part, no names.
        method RecordMeeting(councilId: string, heldOn: string, participantCount: int, commandId: ?string)
          -> (meetingId: string, events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        # ─── Proposals ────────────────────────────────────────────────────────────────────────────

        type Proposal (
          id: string,
          councilId: string,
          councilName: string,
          meetingId: ?string,
          text: string,
          qualityArea: ?string,
          pseudonym: ?string,
          putForwardOn: string,
          withdrawnReason: ?string,
          # The issue it went into (after merges: where the work goes on), if any.
          issueId: ?string,
          issueStatus: ?string
        )

        method ListProposals(councilId: ?string, unitId: ?string) -> (proposals: []Proposal, stale: ?[]ProjectionFailure)

        # qualityArea: one of bemotande, information, kartlaggning_av_problem, mal_och_delmal, stodinsatser,
        # samverkan_med_andra, uppfoljning, utbildning, brukarinflytandepolicy, kvalitetsledningssystem.
        method PutForwardProposal(
          councilId: string, meetingId: ?string, text: string, qualityArea: ?string, pseudonym: ?string, commandId: ?string
        ) -> (proposalId: string, events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        method WithdrawProposal(proposalId: string, reason: string, commandId: ?string)
          -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        # ─── Revisions and findings ───────────────────────────────────────────────────────────────

        type Finding (
          id: string,
          text: string,
          qualityArea: string,
          recommendation: string,
          issueId: ?string,
          issueStatus: ?string
        )

        type Revision (
          id: string,
          unitId: string,
          unitName: string,
          periodStart: string,
          periodEnd: string,
          auditorCount: int,
          publishedOn: ?string,
          title: ?string,
          findings: []Finding
        )

        method ListRevisions(unitId: ?string) -> (revisions: []Revision, stale: ?[]ProjectionFailure)

        method PlanRevision(unitId: string, periodStart: string, periodEnd: string, auditorCount: int, commandId: ?string)
          -> (revisionId: string, events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        method PublishRevisionReport(revisionId: string, publishedOn: string, title: ?string, commandId: ?string)
          -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        method RecordFinding(revisionId: string, text: string, qualityArea: string, recommendation: string, commandId: ?string)
          -> (findingId: string, events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        # ─── Certifications and action items ──────────────────────────────────────────────────────

        type AreaAssessment (
          area: string,
          fulfilled: bool,
          note: ?string
        )

        type ActionItem (
          id: string,
          area: string,
          action: string,
          owner: string,
          dueDate: string,
          followedUpBy: string,
          isOverdue: bool,
          issueId: ?string,
          issueStatus: ?string
        )

        type Certification (
          certificationId: string,
          unitId: string,
          unitName: string,
          # Where the cycle stands, in Swedish (e.g. "Handlingsplanen är antagen", "Certifierad").
          stage: string,
          startedOn: string,
          adoptedOn: ?string,
          certifiedOn: ?string,
          validUntil: ?string,
          daysUntilExpiry: ?int,
          areasAssessed: int,
          actionItemsOpen: int,
          actionItemsDone: int
        )

        type CertificationDetail (
          certification: Certification,
          renews: ?string,
          adoptedBy: ?string,
          areas: []AreaAssessment,
          actionItems: []ActionItem
        )

        method ListCertifications(unitId: ?string) -> (certifications: []Certification, stale: ?[]ProjectionFailure)

        method GetCertification(certificationId: string) -> (certification: CertificationDetail, stale: ?[]ProjectionFailure)

        method StartCertification(unitId: string, startedOn: string, renews: ?string, commandId: ?string)
          -> (certificationId: string, events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        method AssessQualityArea(certificationId: string, area: string, fulfilled: bool, note: ?string, commandId: ?string)
          -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        method AddActionItem(
          certificationId: string, area: string, action: string, owner: string, dueDate: string, followedUpBy: string,
          commandId: ?string
        ) -> (actionItemId: string, events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        # Ledningen adopts the handlingsplan.
        method AdoptActionPlan(certificationId: string, adoptedOn: string, decidedBy: string, commandId: ?string)
          -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        method Certify(certificationId: string, certifiedOn: string, commandId: ?string)
          -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        # ─── Issues (ärenden) ─────────────────────────────────────────────────────────────────────

        # A proposal, finding or action item, named by its own id; the daemon finds its council, revision
        # or certification.
        type SourceRef (
          # "proposal", "finding" or "actionItem"
          kind: string,
          id: string
        )

        # One issue in a list. status: registered, in_preparation, decided, in_progress, implemented,
        # verified, withdrawn, merged, reopened. outcome: accepted, partially_accepted, rejected.
        type IssueSummary (
          id: string,
          title: string,
          status: string,
          outcome: ?string,
          owner: ?string,
          dueDate: ?string,
          unitId: string,
          unitName: string,
          qualityArea: ?string,
          participationLevel: ?int,
          sourceKinds: []string,
          councilIds: []string,
          feedbackOwedCount: int,
          registeredOn: string,
          lastEventOn: string,
          daysSinceLastEvent: int,
          isOverdue: bool,
          isStale: bool,
          escalation: ?string
        )

        # A proposal, finding or action item with its text and where it came from.
        type SourceReference (
          kind: string,
          id: string,
          text: string,
          # The council, revision or certification it belongs to, in words.
          origin: string,
          date: ?string
        )

        type OwedFeedback (
          issueId: string,
          councilId: string,
          councilName: string,
          # "decision" or "implementation"
          occasion: string,
          owedSince: string
        )

        type IssueDetail (
          summary: IssueSummary,
          motivation: ?string,
          decidedBy: ?string,
          decidedOn: ?string,
          participationReason: ?string,
          mergedInto: ?string,
          sources: []SourceReference,
          feedbackOwed: []OwedFeedback,
          # The reminders and escalations sent about the issue, oldest first.
          effects: []SentEffect,
          # When ledningen will be told if nothing changes (YYYY-MM-DD), if a reminded cause still holds.
          pendingEscalation: ?string
        )

        # A reminder or an escalation to ledningen that the policies sent.
        type SentEffect (
          # "reminder" or "escalation".
          kind: string,
          # The policy that fired (the policies.* section), e.g. "overdue".
          policy: string,
          # "issue", "action_item" or "certification", and its id.
          subjectKind: string,
          subjectId: string,
          unitId: string,
          unitName: string,
          # The issue's title, the action, or the certification.
          title: string,
          recipientKind: string,
          recipientId: string,
          sentOn: string,
          # The day it should have gone out, when the daemon was not running then.
          lateSince: ?string,
          # The day the cause counts from.
          since: string,
          # The cause for good, e.g. "overdue:2026-05-31".
          occasion: string,
          mailId: string,
          # The whole thing in one Swedish sentence.
          text: string,
          # Who was told, as a person reads it.
          recipientName: string,
          # What was wrong, in Swedish, in the past tense.
          reason: string
        )

        # One step of an issue's history, in plain Swedish.
        type TimelineEntry (
          issueId: string,
          date: string,
          text: string,
          # Who caused it: a user name from the socket's credentials, or the daemon's own role.
          actor: string,
          eventType: string
        )

        # All filters are optional and combine. overdue: only open issues past their due date.
        # staleDays: only open issues without any event for that many days.
        type IssueFilter (
          unitId: ?string,
          status: ?string,
          owner: ?string,
          councilId: ?string,
          sourceKind: ?string,
          overdue: ?bool,
          staleDays: ?int,
          limit: ?int
        )

        method ListIssues(filter: ?IssueFilter) -> (issues: []IssueSummary, stale: ?[]ProjectionFailure)

        method GetIssue(issueId: string) -> (issue: IssueDetail, stale: ?[]ProjectionFailure)

        method IssueHistory(issueId: string) -> (entries: []TimelineEntry, stale: ?[]ProjectionFailure)

        # Open an issue from its first source. unitId defaults to the source's unit.
        method OpenIssue(title: string, source: SourceRef, unitId: ?string, qualityArea: ?string, commandId: ?string)
          -> (issueId: string, events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        # Link another source about the same problem (not a duplicate issue).
        method LinkSource(issueId: string, source: SourceRef, commandId: ?string) -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        # The owner is a role or an official, never a service user.
        method AssignOwner(issueId: string, owner: string, commandId: ?string) -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        method SetDueDate(issueId: string, dueDate: string, commandId: ?string) -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        method StartPreparation(issueId: string, commandId: ?string) -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        # outcome: accepted, partially_accepted or rejected; the motivation is required, in plain language.
        method Decide(issueId: string, outcome: string, motivation: string, decidedBy: string, commandId: ?string)
          -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        method StartWork(issueId: string, commandId: ?string) -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        method MarkImplemented(issueId: string, summary: ?string, commandId: ?string) -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        method Verify(issueId: string, note: ?string, commandId: ?string) -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        method Reopen(issueId: string, source: SourceRef, reason: string, commandId: ?string)
          -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        method Withdraw(issueId: string, reason: string, commandId: ?string) -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        # Merge issueId into survivorId: its sources and owed feedback move there.
        method Merge(issueId: string, survivorId: string, commandId: ?string) -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        # level: 1 (lyssnade på) to 5 (delar makt och ansvar).
        method SetParticipationLevel(issueId: string, level: int, reason: string, commandId: ?string)
          -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        # occasion: decision or implementation; channel: meeting, letter or digest; givenOn defaults to today.
        method GiveFeedback(
          issueId: string, councilId: string, occasion: string, channel: string, givenOn: ?string, commandId: ?string
        ) -> (events: []AppendedEvent, position: ?string, duplicate: bool, lag: ?ReadModelLag)

        # ─── Questions ────────────────────────────────────────────────────────────────────────────

        # The answer to "vad hände med förslaget?".
        type TraceAnswer (
          source: SourceReference,
          # The issue it went into, following merges to where the work goes on; absent if none yet.
          issue: ?IssueDetail,
          # The issues it passed through, first to current.
          issuePath: []string,
          history: []TimelineEntry,
          # Where it stands and what is still owed, in plain Swedish.
          answer: string
        )

        # sourceId: a proposal, finding or action item.
        method Trace(sourceId: string) -> (trace: TraceAnswer, stale: ?[]ProjectionFailure)

        # kind: issue_due, feedback_owed, action_item_due, certification_expiring, no_decision, no_owner.
        type DueItem (
          kind: string,
          reference: string,
          title: string,
          unitId: string,
          date: string,
          isOverdue: bool,
          owner: ?string,
          councilId: ?string,
          # The last reminder about it, with its day, in Swedish, if one was sent.
          lastReminder: ?string
        )

        # What falls due within horizonDays (default 30), and everything overdue or owed.
        method Due(horizonDays: ?int, unitId: ?string) -> (items: []DueItem, stale: ?[]ProjectionFailure)

        type Figures (
          registered: int,
          decided: int,
          implemented: int,
          medianDaysToDecision: ?float,
          # Of the issues decided in the period, the share whose councils got feedback within 30 days.
          feedbackWithin30DaysShare: ?float
        )

        type FiguresGroup (
          key: string,
          label: string,
          figures: Figures
        )

        type StatisticsReport (
          unitId: ?string,
          from: string,
          to: string,
          total: Figures,
          byQualityArea: []FiguresGroup,
          byParticipationLevel: []FiguresGroup
        )

        # from defaults to a year ago, to to today.
        method Statistics(unitId: ?string, from: ?string, to: ?string) -> (statistics: StatisticsReport, stale: ?[]ProjectionFailure)

        # ─── Following the log ────────────────────────────────────────────────────────────────────

        # One event of the global log. No personal data about service users is ever in an event.
        type LoggedEvent (
          position: string,
          stream: string,
          streamVersion: int,
          type: string,
          schemaVersion: int,
          recordedAt: string,
          actor: string,
          data: object
        )

        # Call with "more": replies with each event after `after` (a position, "<transaction>/<sequence>";
        # default: only events from now on) as it is committed, in log order, until the caller hangs up.
        # streamPrefix narrows it, e.g. "issue-".
        method Follow(after: ?string, streamPrefix: ?string) -> (event: LoggedEvent)

        # ─── Administration ───────────────────────────────────────────────────────────────────────

        # Admin only. Registers the demonstration data drawn from the seed documents (Lund vuxenstöd,
        # Iris Mullsjö HVB, Biskopsgården försörjningsstöd). Refuses a store that already holds events.
        method LoadDemo() -> (units: int, councils: int, proposals: int, revisions: int, findings: int,
          certifications: int, actionItems: int, issues: int, events: int, contacts: ?int)

        # Admin only. Builds the read model `name` ("catalog", "issues", "timeline" or "outbox") again from the start of
        # the log, applying everything up to now; a stopped one runs again (and stops again at an event it
        # still cannot apply, as `stopped` then says). Queries may answer from the partial model meanwhile.
        # An unknown name is NotFound (kind "projection").
        method RebuildProjection(name: string) -> (projection: ProjectionStatus)

        # ─── Mail: the contact directory and the outbox ───────────────────────────────────────────

        # Addresses are personal data: they live in the contact directory, never in the event log. Messages
        # name their recipient by key: kind "council" (id: a council), "management" (a unit's ledning),
        # "coordinator" (a unit's coordinator) or "owner" (id: the role or title written as an issue's owner).

        type Contact (
          kind: string,
          id: string,
          # The council's or unit's name, or the owner's title.
          name: ?string,
          address: string,
          changedAt: string
        )

        # Sets or replaces the address of a key (coordinator). The change is recorded as an event that names
        # the key and the caller, not the address. Messages held for the key are sent.
        method SetContact(kind: string, id: string, address: string) -> (kind: string, id: string, name: ?string)

        # Every key with an address (coordinator).
        method ListContacts() -> (contacts: []Contact)

        # Removes a key's address (coordinator): its messages are held until it gets one again.
        method RemoveContact(kind: string, id: string) -> (kind: string, id: string, name: ?string)

        # One message of the outbox, by recipient key; the address is looked up only when it is delivered.
        type OutboxMessage (
          id: string,
          recipientKind: string,
          recipientId: string,
          recipientName: ?string,
          # "reminder", "escalation", "digest" or "test".
          purpose: string,
          subject: string,
          # "pending", "failing" (due again after a temporary failure), "held" (no address), "delivered",
          # "failed" (for good) or "given_up" (temporary failures for too long).
          state: string,
          attempts: int,
          lastError: ?string,
          nextAttemptAt: ?string,
          queuedAt: string,
          deliveredAt: ?string,
          # The stream the message is about, e.g. "issue-<uuid>".
          regarding: ?string
        )

        # Messages in the given states (all when absent), newest first; limit 1–1000, default 200.
        method ListMail(states: ?[]string, limit: ?int) -> (messages: []OutboxMessage)

        # Asks for another attempt now at a failed, given-up, failing or held message (coordinator).
        method RetryMail(id: string) -> (message: OutboxMessage)

        # Sends a test message to an address now, outside the outbox, and says how sendmail took it (admin).
        # outcome: "accepted", "temporary_failure" or "permanent_failure"; detail: what the program said.
        method SendTestMail(to: string) -> (outcome: string, detail: ?string)

        # ─── Reminders and escalation ─────────────────────────────────────────────────────────────

        # One thing a reminder is about.
        type ReminderItem (
          # "no_owner", "no_decision", "due_soon", "overdue", "feedback_owed", "stale", "action_item_due" or
          # "certification_expiry" (the policies.* sections).
          policy: string,
          # "reminder", or "escalation" when ledningen is told.
          kind: string,
          # The stream of what it concerns, e.g. "issue-<uuid>".
          stream: string,
          # The cause that makes it happen once, e.g. "overdue:2026-05-31".
          occasion: string,
          since: string
        )

        # One message a run would send, to a recipient key; hasAddress says whether the key has an address.
        type ReminderPreview (
          recipientKind: string,
          recipientId: string,
          recipientName: ?string,
          hasAddress: bool,
          # "reminder" or "escalation".
          purpose: string,
          subject: string,
          text: string,
          items: []ReminderItem
        )

        # What the reminder and escalation policies would send on `date` (YYYY-MM-DD, default today), one
        # message per recipient, with the configured policies.* — sending and recording nothing.
        method PreviewReminders(date: ?string) -> (date: string, messages: []ReminderPreview)

        # Runs the policies now, for today, as the daily run does: each message queued in the outbox and each
        # reminder and escalation recorded on its subject's stream. Whatever already went out today for the
        # same cause is not sent again. Admin only.
        method RunReminders() -> (
          date: string,
          reminders: int,
          escalations: int,
          messages: int
        )

        # The escalations to ledningen whose cause still holds (the issue is still late, the feedback still
        # owed, ...), oldest first; of one unit (id or unique prefix) or all.
        method ListEscalations(unitId: ?string) -> (escalations: []SentEffect)

        # ─── Monthly digests and agendas ──────────────────────────────────────────────────────────

        # One digest as it would go out: to a council or a unit's ledning, its subject and both parts.
        type DigestPreview (
          # "council" or "management".
          recipientKind: string,
          recipientId: string,
          recipientName: string,
          # false: a council's digest is then written as a printable letter; ledningen's waits in the outbox.
          hasAddress: bool,
          # YYYY-MM: the month it covers.
          month: string,
          subject: string,
          text: string,
          html: string,
          # Proposals and issues it tells about, and the owed feedback it gives once delivered.
          items: int,
          reports: int,
          # The LIX of the software's own wording (names and quotations left out).
          lix: float
        )

        # The digest of `month` (YYYY-MM) for one council or one unit's ledning (id or unique prefix), exactly
        # as it would go out today — sending and recording nothing. Exactly one of councilId and unitId.
        method PreviewDigest(councilId: ?string, unitId: ?string, month: string) -> (digest: DigestPreview)

        # Sends the digests of `month` (YYYY-MM) now — all, or one council's — except those already sent.
        # Admin only.
        method SendDigests(month: string, councilId: ?string) -> (month: string, mailed: int, printed: int)

        # A digest that went out.
        type DigestRecord (
          digestId: string,
          month: string,
          recipientKind: string,
          recipientId: string,
          recipientName: string,
          sentOn: string,
          # The day it should have gone out, when it went out late.
          lateSince: ?string,
          # The e-mail in the outbox; absent when it was printed.
          mailId: ?string,
          # The printable letter, relative to the state directory.
          printedAs: ?string,
          deliveredOn: ?string,
          items: int,
          # Owed feedback it reported, and how much of it was recorded as given once it was delivered.
          reported: int,
          cleared: ?int
        )

        # The digests sent, newest month first; of one month (YYYY-MM) or all.
        method ListDigests(month: ?string) -> (digests: []DigestRecord)

        # The agenda for a council's meeting on `date` (default today): the feedback owed to it first, then
        # what waits for a decision, what falls due, and the proposals that have not become issues.
        method CouncilAgenda(councilId: string, date: ?string) -> (
          councilName: string,
          date: string,
          subject: string,
          text: string,
          html: string
        )

        # Mail is off, has no sender, or its program cannot run; reason says what to configure.
        error MailUnavailable (reason: string)

        # The thing named does not exist. message says so in Swedish.
        error NotFound (kind: string, id: string, message: string)

        # The command breaks a rule (e.g. a transition that is not allowed, a decision without motivation).
        # reason says so in Swedish, with what is possible instead; code is stable for scripts
        # (e.g. transition_not_allowed, missing_motivation).
        error RuleViolation (reason: string, code: ?string)

        # PostgreSQL cannot be reached right now; nothing was changed. Try again later.
        error DatabaseUnavailable (reason: string)

        # Something failed inside the daemon; its log says more.
        error InternalError (reason: string)

        # The daemon is stopping; a streaming call ends with this. Call again once it is back.
        error ShuttingDown ()

        """
}
