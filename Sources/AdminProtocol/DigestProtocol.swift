import Domain
import ReadModelTypes

/// `PreviewDigest`: one council's or one unit's digest of a month, as it would go out today.
package struct PreviewDigestParameters: Codable, Sendable, Equatable {
    package var councilId: String?
    package var unitId: String?
    package var month: CalendarMonth

    package init(councilId: String? = nil, unitId: String? = nil, month: CalendarMonth) {
        self.councilId = councilId
        self.unitId = unitId
        self.month = month
    }
}

/// One digest as it would go out.
package struct DigestPreview: Codable, Sendable, Equatable {
    package var recipientKind: RecipientKey.Kind
    package var recipientId: String
    package var recipientName: String
    package var hasAddress: Bool
    package var month: CalendarMonth
    package var subject: String
    package var text: String
    package var html: String
    package var items: Int
    package var reports: Int
    package var lix: Double
    /// For the coordinator, not in the letter: the ids of the issues and proposals it tells, and for a
    /// printed letter the commands that record the feedback once it is handed over.
    package var coordinatorNotes: [String]?

    package init(
        recipientKind: RecipientKey.Kind, recipientId: String, recipientName: String, hasAddress: Bool,
        month: CalendarMonth, subject: String, text: String, html: String, items: Int, reports: Int, lix: Double,
        coordinatorNotes: [String]? = nil
    ) {
        self.recipientKind = recipientKind
        self.recipientId = recipientId
        self.recipientName = recipientName
        self.hasAddress = hasAddress
        self.month = month
        self.subject = subject
        self.text = text
        self.html = html
        self.items = items
        self.reports = reports
        self.lix = lix
        self.coordinatorNotes = coordinatorNotes
    }
}

package struct PreviewDigestReply: Codable, Sendable, Equatable {
    package var digest: DigestPreview
    package init(digest: DigestPreview) { self.digest = digest }
}

/// `SendDigests`: a month's digests now, all or one council's.
package struct SendDigestsParameters: Codable, Sendable, Equatable {
    package var month: CalendarMonth
    package var councilId: String?

    package init(month: CalendarMonth, councilId: String? = nil) {
        self.month = month
        self.councilId = councilId
    }
}

package struct SendDigestsReply: Codable, Sendable, Equatable {
    package var month: CalendarMonth
    package var mailed: Int
    package var printed: Int
    /// Set when what the run recorded is stored but the read models did not show it yet when the
    /// reply was sent; absent otherwise (and from daemons before it existed).
    package var lag: ReadModelLag?

    package init(month: CalendarMonth, mailed: Int, printed: Int, lag: ReadModelLag? = nil) {
        self.month = month
        self.mailed = mailed
        self.printed = printed
        self.lag = lag
    }
}

/// `ListDigests`: what went out, of one month or all.
package struct ListDigestsParameters: Codable, Sendable, Equatable {
    package var month: CalendarMonth?
    package init(month: CalendarMonth? = nil) { self.month = month }
}

package struct ListDigestsReply: Codable, Sendable, Equatable {
    package var digests: [DigestRecord]
    package init(digests: [DigestRecord]) { self.digests = digests }
}

/// `CouncilAgenda`: the agenda for a council's meeting on a day; the council's copy, or with
/// `coordinatorCopy` the coordinator's, which adds the commands that record the feedback given.
package struct CouncilAgendaParameters: Codable, Sendable, Equatable {
    package var councilId: String
    package var date: CalendarDate?
    package var coordinatorCopy: Bool?

    package init(councilId: String, date: CalendarDate? = nil, coordinatorCopy: Bool? = nil) {
        self.councilId = councilId
        self.date = date
        self.coordinatorCopy = coordinatorCopy
    }
}

package struct CouncilAgendaReply: Codable, Sendable, Equatable {
    package var councilName: String
    package var date: CalendarDate
    package var subject: String
    package var text: String
    package var html: String

    package init(councilName: String, date: CalendarDate, subject: String, text: String, html: String) {
        self.councilName = councilName
        self.date = date
        self.subject = subject
        self.text = text
        self.html = html
    }
}

/// What `status` says about the schedule.
package struct ScheduleStatus: Codable, Sendable, Equatable {
    package var leading: Bool
    package var nextRemindersAt: String?
    package var nextDigestsAt: String?
    package var lastRemindersDay: CalendarDate?
    package var lastDigestsMonth: CalendarMonth?
    package var councilsWithoutAddress: [String]
    package var problem: String?

    package init(
        leading: Bool, nextRemindersAt: String?, nextDigestsAt: String?, lastRemindersDay: CalendarDate?,
        lastDigestsMonth: CalendarMonth?, councilsWithoutAddress: [String], problem: String?
    ) {
        self.leading = leading
        self.nextRemindersAt = nextRemindersAt
        self.nextDigestsAt = nextDigestsAt
        self.lastRemindersDay = lastRemindersDay
        self.lastDigestsMonth = lastDigestsMonth
        self.councilsWithoutAddress = councilsWithoutAddress
        self.problem = problem
    }
}
