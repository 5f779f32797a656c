import Foundation
import ReadModelTypes

/// `Search`: texts matching `text`, best first; `unitId` narrows to one unit.
package struct SearchParameters: Codable, Sendable, Equatable {
    package var text: String
    package var unitId: String?
    package var limit: Int?

    package init(text: String, unitId: String? = nil, limit: Int? = nil) {
        self.text = text
        self.unitId = unitId
        self.limit = limit
    }
}

/// The texts found, with the matching words between `SearchHit.startMark` and `SearchHit.stopMark`.
package struct SearchReply: Codable, Sendable, Equatable {
    package var hits: [SearchHit]
    package init(hits: [SearchHit]) { self.hits = hits }
}
