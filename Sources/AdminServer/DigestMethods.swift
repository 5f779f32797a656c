import AdminProtocol
import Digests
import Domain
import EventStore
import Foundation
import Letters
import Mailer
import PersonalData
import Projections
import ReadModelTypes
import Scheduler
import Varlink

/// `PreviewDigest`, `SendDigests`, `ListDigests` and `CouncilAgenda`: a month's digests as they would
/// go out, sending them now, what went out, and the agenda for a council's meeting.
struct DigestMethods: Sendable {
    let context: AdminContext

    func register(on interface: inout VarlinkInterface) {
        interface.add(.previewDigest, PreviewDigestParameters.self, requiring: .reader, context: context) { p, _ in
            PreviewDigestReply(digest: try await preview(p))
        }
        interface.add(.sendDigests, SendDigestsParameters.self, requiring: .admin, context: context) { p, caller in
            try DigestPeriod.check(p.month, today: context.today, sending: true)
            let council: CouncilID? = try await context.identifiers.resolveOptional(
                p.councilId, as: .council, parameter: "councilId")
            let ran: DigestsRan?
            do {
                ran = try await context.scheduler.sendDigests(
                    month: p.month, recipients: council.map { .council($0) } ?? .all,
                    metadata: EventMetadata(actor: caller.userName, client: "tredjekraft admin socket"))
            } catch let error as DigestRunError {
                throw AdminError.ruleViolation(
                    reason: DigestWording.notAllSent(error.failed, sent: error.sent), code: "digests_not_all_sent")
            }
            // What the run recorded, as the lists show it (or the reply says they lag).
            let lag = await context.readModelLag()
            return SendDigestsReply(month: p.month, mailed: ran?.mailed ?? 0, printed: ran?.printed ?? 0, lag: lag)
        }
        interface.add(.listDigests, ListDigestsParameters.self, requiring: .reader, context: context) { p, _ in
            ListDigestsReply(digests: try await context.readModel.digests(month: p.month))
        }
        interface.add(.councilAgenda, CouncilAgendaParameters.self, requiring: .reader, context: context) { p, _ in
            let council: CouncilID = try await context.identifiers.resolve(
                p.councilId, as: .council, parameter: "councilId")
            let day = p.date ?? context.today
            guard let facts = try await context.readModel.councilDigestFacts(councilId: council).first else {
                throw NotFound(.council, council.description)
            }
            let given = try await context.readModel.givenFeedback(councilId: council)
            let letter = AgendaWording.letter(
                CouncilAgenda.make(facts, given: given, meetingOn: day),
                copy: p.coordinatorCopy == true ? .coordinator : .council)
            return CouncilAgendaReply(
                councilName: facts.council.name, date: day, subject: letter.subject, text: letter.text,
                html: letter.html)
        }
    }

    private func preview(_ p: PreviewDigestParameters) async throws -> DigestPreview {
        try DigestPeriod.check(p.month, today: context.today, sending: false)
        let recipients: DigestRun.Recipients
        switch (p.councilId, p.unitId) {
        case (let council?, nil):
            recipients = .council(try await context.identifiers.resolve(council, as: .council, parameter: "councilId"))
        case (nil, let unit?):
            recipients = .management(try await context.identifiers.resolve(unit, as: .unit, parameter: "unitId"))
        default:
            throw VarlinkError.invalidParameter(p.councilId == nil ? "councilId" : "unitId")
        }
        guard
            let letter = try await context.scheduler.digestRun.plan(
                month: p.month, sentOn: context.today, lateSince: nil, recipients: recipients, includeEmpty: true
            ).first
        else {
            throw VarlinkError.invalidParameter(p.councilId == nil ? "unitId" : "councilId")
        }
        return DigestPreview(
            recipientKind: letter.recipient.kind, recipientId: letter.recipient.id, recipientName: letter.recipientName,
            hasAddress: letter.recipient.kind == .council
                ? !letter.printed : try await context.mailer.contacts.address(of: letter.recipient) != nil,
            month: p.month,
            subject: letter.letter.subject, text: letter.letter.text, html: letter.letter.html, items: letter.items,
            reports: letter.reports.count, lix: Readability.lix(letter.letter.ownSentences),
            coordinatorNotes: letter.coordinatorNotes.isEmpty ? nil : letter.coordinatorNotes)
    }

    /// The schedule for `status`: this daemon's view, the log's last runs, and the councils without an address.
    static func scheduleStatus(of context: AdminContext) async throws -> ScheduleStatus {
        let status = context.scheduler.status
        let recorded = try await context.store.scheduleState()
        let addressed = Set(try await context.mailer.contacts.list().map(\.recipient))
        let withoutAddress = try await context.readModel.councils().filter { !addressed.contains(.council($0.id)) }
            .map(\.name)
        return ScheduleStatus(
            leading: status.leading, nextRemindersAt: status.nextRunAt.map(context.instant),
            nextDigestsAt: status.nextDigestsAt.map(context.instant), lastRemindersDay: recorded.lastScheduledDay,
            lastDigestsMonth: recorded.lastDigestMonth, councilsWithoutAddress: withoutAddress, problem: status.problem)
    }
}
