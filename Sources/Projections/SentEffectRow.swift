import Domain
import Foundation

/// One row of ``ReadModel/sentEffectColumns``, from a result row or from its JSON.
struct SentEffectRow: Decodable {
    var kind: String
    var subjectKind: String
    var subjectId: UUID
    var record: PolicyEffectRecord
    var unitId: UUID
    var unitName: String
    var title: String?
    var action: String?

    enum CodingKeys: String, CodingKey {
        case kind
        case subjectKind = "subject_kind"
        case subjectId = "subject_id"
        case record
        case unitId = "unit_id"
        case unitName = "unit_name"
        case title, action
    }
}
