import Domain
import Foundation

/// One row of a handlingsplan as the spreadsheet has it: every cell as written, and the line it
/// starts on, for messages.
package struct ImportActionRow: Codable, Sendable, Equatable {
    package var line: Int
    package var externalId: String
    package var area: String
    package var action: String
    package var owner: String
    package var followedUpBy: String
    package var dueDate: String

    package init(
        line: Int, externalId: String, area: String, action: String, owner: String, followedUpBy: String,
        dueDate: String
    ) {
        self.line = line
        self.externalId = externalId
        self.area = area
        self.action = action
        self.owner = owner
        self.followedUpBy = followedUpBy
        self.dueDate = dueDate
    }
}

/// `ImportActions`: one page of a handlingsplan's rows, tried (`apply` false) or recorded.
package struct ImportActionsParameters: Codable, Sendable, Equatable {
    package var certificationId: String
    package var rows: [ImportActionRow]
    /// Record the rows that add an action item; without it nothing is written (a dry run).
    package var apply: Bool
    /// With `apply`: record the valid rows even when others on the page are invalid.
    package var skipInvalid: Bool?

    package init(certificationId: String, rows: [ImportActionRow], apply: Bool, skipInvalid: Bool? = nil) {
        self.certificationId = certificationId
        self.rows = rows
        self.apply = apply
        self.skipInvalid = skipInvalid
    }
}

/// What one row does: `added`, `unchanged`, `changed` (not applied; `reason` says what differs) or
/// `invalid` (`reason` says why, in Swedish).
package struct ImportActionOutcome: Codable, Sendable, Equatable {
    package enum Kind: String, Codable, Sendable, CaseIterable {
        case added, unchanged, changed, invalid
    }

    package var line: Int
    package var externalId: String
    package var outcome: Kind
    package var reason: String?
    /// The action item the row names (derived from the certification and the external id).
    package var actionItemId: String?

    package init(line: Int, externalId: String, outcome: Kind, reason: String? = nil, actionItemId: String? = nil) {
        self.line = line
        self.externalId = externalId
        self.outcome = outcome
        self.reason = reason
        self.actionItemId = actionItemId
    }
}

/// The answer to one page: each row's outcome in row order, and whether the page's new items were
/// recorded (`applied`).
package struct ImportActionsReply: Codable, Sendable, Equatable {
    package var certificationId: String
    package var rows: [ImportActionOutcome]
    package var applied: Bool
    /// Events recorded for this page (0 for a dry run, a repeat, or a page not applied).
    package var events: Int
    package var position: String?
    package var lag: ReadModelLag?

    package init(
        certificationId: String, rows: [ImportActionOutcome], applied: Bool, events: Int, position: String? = nil,
        lag: ReadModelLag? = nil
    ) {
        self.certificationId = certificationId
        self.rows = rows
        self.applied = applied
        self.events = events
        self.position = position
        self.lag = lag
    }
}

/// `ListActionPlanItems`: a certification's action items, a page at a time, in the order they were added.
package struct ListActionPlanItemsParameters: Codable, Sendable, Equatable {
    package var certificationId: String
    package var offset: Int?
    /// 1–500, default 200.
    package var limit: Int?

    package init(certificationId: String, offset: Int? = nil, limit: Int? = nil) {
        self.certificationId = certificationId
        self.offset = offset
        self.limit = limit
    }
}

/// One action item of a certification's plan.
package struct ActionPlanItem: Codable, Sendable, Equatable {
    package var actionItemId: String
    package var area: QualityArea
    package var action: String
    package var owner: String
    package var dueDate: CalendarDate
    package var followedUpBy: String

    package init(
        actionItemId: String, area: QualityArea, action: String, owner: String, dueDate: CalendarDate,
        followedUpBy: String
    ) {
        self.actionItemId = actionItemId
        self.area = area
        self.action = action
        self.owner = owner
        self.dueDate = dueDate
        self.followedUpBy = followedUpBy
    }
}

package struct ListActionPlanItemsReply: Codable, Sendable, Equatable {
    package var certificationId: String
    package var items: [ActionPlanItem]
    /// All the plan's items, on every page.
    package var total: Int

    package init(certificationId: String, items: [ActionPlanItem], total: Int) {
        self.certificationId = certificationId
        self.items = items
        self.total = total
    }
}
