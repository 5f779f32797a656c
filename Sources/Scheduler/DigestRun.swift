import CommandHandling
import Digests
import Domain
import EventStore
import Foundation
import Letters
import Logging
import NIOPosix
import PersonalData
import Projections
import ReadModelTypes

/// One month's digests, with their effects: read the facts from the read models, let the pure
/// ``CouncilDigest`` and ``ManagementDigest`` decide, and record each digest once — its `DigestSent`
/// on a stream named by recipient and month, and its e-mail in the outbox, in one transaction; for a
/// council without an address, a printable letter under the state directory instead.
///
/// Runs never overlap, whichever daemon starts them (a session advisory lock), and each begins by
/// waiting until the read models show the whole log, so it sees what was sent before.
package struct DigestRun: Sendable {
    let store: EventStore
    let readModel: ReadModel
    let follower: any LogFollower
    let clock: OrganisationClock
    let contacts: ContactDirectory
    /// Where printable letters go: the state directory; paths in events are relative to it.
    package let stateDirectory: URL
    let handler: CommandHandler
    let logger: Logger
    let catchUpTimeout: Duration
    /// The councils' status pages: with `pages.base_url` set, each council's digest names its page.
    let pages: StatusPages?

    package init(
        store: EventStore, readModel: ReadModel, follower: any LogFollower, clock: OrganisationClock,
        stateDirectory: URL, logger: Logger, catchUpTimeout: Duration = .seconds(60), pages: StatusPages? = nil
    ) {
        self.pages = pages
        self.store = store
        self.readModel = readModel
        self.follower = follower
        self.clock = clock
        self.contacts = ContactDirectory(store: store, clock: clock)
        self.stateDirectory = stateDirectory
        self.handler = CommandHandler(store: store, runner: nil, clock: clock, logger: logger)
        self.logger = logger
        self.catchUpTimeout = catchUpTimeout
    }

    /// One digest, in the words that will be sent.
    package struct Letter: Sendable {
        package var recipient: RecipientKey
        package var recipientName: String
        package var letter: Letters.Letter
        package var items: Int
        package var reports: [ReportedFeedback]
        /// A council without an e-mail address: the letter is printed, and handed over by the coordinator.
        package var printed: Bool
        /// What the coordinator sees beside the letter (`digest preview`), never in it: the ids of the
        /// issues and proposals it tells, and for a printed letter the commands that record the feedback.
        package var coordinatorNotes: [String] = []
    }

    /// Who asks for which digests: all of a month's, or one council's or one unit's.
    package enum Recipients: Sendable, Equatable {
        case all
        case council(CouncilID)
        case management(UnitID)
    }

    /// The digests of `month` as they would go out on `sentOn`, sending nothing (`digest preview`, and
    /// the run itself). Councils without proposals and units with nothing to report get none.
    package func plan(
        month: CalendarMonth, sentOn: CalendarDate, lateSince: CalendarDate?, recipients: Recipients = .all,
        includeEmpty: Bool = false
    ) async throws -> [Letter] {
        var letters: [Letter] = []
        let councilId: CouncilID? = if case .council(let id) = recipients { id } else { nil }
        if recipients == .all || councilId != nil {
            // The thresholds and calendar in force (a reload updates them), once for the whole run.
            let thresholds = readModel.thresholds
            let addresses = Dictionary(
                try await contacts.list().map { ($0.recipient, $0.address) }, uniquingKeysWith: { first, _ in first })
            for facts in try await readModel.councilDigestFacts(councilId: councilId) {
                let made = CouncilDigest.make(
                    facts, month: month, sentOn: sentOn, lateSince: lateSince, thresholds: thresholds)
                guard includeEmpty || !made.isEmpty else { continue }
                let printed = addresses[.council(facts.council.id)] == nil
                // The coordinator's address goes only into a printed letter, composed now into a file
                // (erasure reaches it); an e-mail's text is kept in the log, and addresses never are.
                let (letter, digest) = DigestWording.fitted(
                    made, printed: printed, coordinatorAddress: addresses[.coordinator(facts.council.unitId)],
                    pageURL: try await pages?.pageURL(for: facts.council.id), maximumBytes: DomainLimits.mailBodyBytes)
                letters.append(
                    Letter(
                        recipient: .council(facts.council.id), recipientName: facts.council.name, letter: letter,
                        items: digest.items.count, reports: digest.reports, printed: printed,
                        coordinatorNotes: DigestWording.coordinatorNotes(digest, printed: printed)))
            }
        }
        let unitId: UnitID? = if case .management(let id) = recipients { id } else { nil }
        if recipients == .all || unitId != nil {
            for facts in try await readModel.managementDigestFacts(month: month, unitId: unitId) {
                let digest = ManagementDigest.make(facts, month: month, sentOn: sentOn, lateSince: lateSince)
                guard includeEmpty || !digest.isEmpty else { continue }
                letters.append(
                    Letter(
                        recipient: .management(facts.unitId), recipientName: facts.unitName,
                        letter: ManagementDigestWording.letter(digest),
                        items: facts.overdue.count + facts.escalations.count, reports: [], printed: false))
            }
        }
        return letters
    }

    /// Sends the digests of `month` not sent before, and records the run; `nil` when it is a
    /// scheduled run that another daemon (or an earlier attempt) already made. A run that sends
    /// nothing before anything has been recorded is not recorded either (an empty store stays empty).
    ///
    /// - Parameter lateSince: the sending day, when the run comes after it.
    package func execute(
        month: CalendarMonth, trigger: PolicyRunTrigger, lateSince: CalendarDate?, recipients: Recipients = .all,
        metadata: EventMetadata
    ) async throws -> DigestsRan? {
        try await store.withExclusiveSession(named: Self.lockName) {
            let startedAt = clock.now
            try await follower.waitUntilProcessed(try await store.headPosition(), timeout: catchUpTimeout)
            let schedule = try await store.scheduleState()
            if trigger == .scheduled, let last = schedule.lastDigestMonth, last >= month { return nil }
            let sent = try await readModel.digestIDs(month: month)
            let today = clock.today
            var mailed = 0
            var printed = 0
            var failures: [DigestRunError.Failure] = []
            for letter in try await plan(month: month, sentOn: today, lateSince: lateSince, recipients: recipients)
            where !sent.contains(DigestID(recipient: letter.recipient, month: month)) {
                // One letter that cannot be recorded must not hold back the others; the run is then
                // not recorded, so the scheduler tries the rest again.
                do {
                    switch try await record(
                        letter, month: month, sentOn: today, lateSince: lateSince, metadata: metadata)
                    {
                    case .mailed: mailed += 1
                    case .printed: printed += 1
                    case .alreadySent: break
                    }
                } catch {
                    logger.error(
                        "digest not sent", metadata: ["recipient": "\(letter.recipient)", "error": "\(error)"])
                    failures.append(.init(recipient: letter.recipient, name: letter.recipientName, reason: "\(error)"))
                }
            }
            if !failures.isEmpty { throw DigestRunError(month: month, sent: mailed + printed, failures: failures) }
            let ran = DigestsRan(
                month: month, day: today, trigger: trigger, startedAt: Timestamp(startedAt),
                finishedAt: Timestamp(clock.now), late: lateSince != nil, mailed: mailed, printed: printed)
            if mailed + printed == 0, !schedule.hasRun { return ran }
            do {
                try await handler.handle(.schedule(.organisation, .recordDigests(ran)), metadata: metadata)
            } catch let error as DomainError where error.code == .alreadyExists {
                return nil
            }
            logger.notice(
                "digests sent for \(month)",
                metadata: [
                    "trigger": "\(trigger.rawValue)", "late": "\(lateSince != nil)", "mailed": "\(mailed)",
                    "printed": "\(printed)",
                ])
            return ran
        }
    }

    enum Outcome { case mailed, printed, alreadySent }

    /// Records one digest: its e-mail and `DigestSent` in one transaction, or — for a council without
    /// an address — its printable letter, then `DigestSent`.
    private func record(
        _ letter: Letter, month: CalendarMonth, sentOn: CalendarDate, lateSince: CalendarDate?,
        metadata: EventMetadata
    ) async throws -> Outcome {
        let digestId = DigestID(recipient: letter.recipient, month: month)
        if letter.printed, case .council(let council) = letter.recipient {
            let path = try await writePrintable(letter, council: council, month: month)
            let sent = DigestSent(
                recipient: letter.recipient, month: month, sentOn: sentOn, lateSince: lateSince, mailId: nil,
                printedAs: path, items: letter.items, reports: letter.reports)
            do {
                try await handler.handle(.digest(digestId, .send(sent)), metadata: metadata)
            } catch let error as DomainError where error.code == .alreadyExists {
                return .alreadySent
            }
            logger.notice("digest printed: no address", metadata: ["council": "\(council)", "file": "\(path)"])
            return .printed
        }
        let mailId = MailID(NameDerivedUUID.uuid("digest-mail:\(digestId)"))
        let regarding: String =
            switch letter.recipient {
            case .council(let id): id.streamName
            case .management(let id), .coordinator(let id): id.streamName
            case .owner, .sender: digestId.streamName
            }
        let sent = DigestSent(
            recipient: letter.recipient, month: month, sentOn: sentOn, lateSince: lateSince, mailId: mailId,
            printedAs: nil, items: letter.items, reports: letter.reports)
        do {
            // The digest's own rule refuses a second sending; the key (on the message, appended last)
            // answers a repeat of this very run.
            let (_, outcome) = try await handler.perform(
                idempotencyKey: "digest:\(month):\(letter.recipient)", metadata: metadata
            ) { work in
                try await work.decide(DigestAggregate.self, digestId, .send(sent))
                try await work.decide(
                    MailAggregate.self, mailId,
                    .queue(
                        recipient: letter.recipient, purpose: .digest, subject: letter.letter.subject,
                        text: letter.letter.text, html: letter.letter.html, regarding: regarding))
            }
            return outcome.isDuplicate ? .alreadySent : .mailed
        } catch let error as DomainError where error.code == .alreadyExists {
            return .alreadySent
        }
    }

    /// Writes the printable letter (atomically, readable by the service's group) and returns its path
    /// relative to the state directory: `letters/2026-11/<council>.html`.
    /// On NIO's thread pool: file I/O blocks, and the cooperative pool must not.
    private func writePrintable(_ letter: Letter, council: CouncilID, month: CalendarMonth) async throws -> String {
        let relative = "letters/\(month)/\(council).html"
        let directory = stateDirectory.appendingPathComponent("letters/\(month)", isDirectory: true)
        let file = stateDirectory.appendingPathComponent(relative)
        let html = letter.letter.html
        try await NIOThreadPool.singleton.runIfActive {
            let manager = FileManager.default
            try manager.createDirectory(at: directory, withIntermediateDirectories: true)
            // Set, not asked of mkdir: the unit's UMask=0077 would take the group's access away.
            for made in [directory, directory.deletingLastPathComponent()] {
                try manager.setAttributes([.posixPermissions: 0o750], ofItemAtPath: made.path)
            }
            try Data(html.utf8).write(to: file, options: .atomic)
            try manager.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        }
        return relative
    }

    /// The run lock's name (within the store's schema), apart from the policies' run.
    static let lockName = "digest-run"
}
