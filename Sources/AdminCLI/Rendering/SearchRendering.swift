import AdminProtocol
import Domain
import Foundation
import ReadModelTypes
import Wording

/// What a search found: one line per text, best first, the matching words between « and ».
enum SearchRendering {
    static func render(_ reply: SearchReply, text: String) -> String {
        guard !reply.hits.isEmpty else { return "Inget hittades för \"\(text)\"." }
        return Table(
            [
                .init("Träff i", maxWidth: 20), .init("Id"), .init("Ärende"), .init("Verksamhet", maxWidth: 24),
                .init("Text", maxWidth: 80, overflow: .wrap),
            ],
            rows: reply.hits.map { hit in
                [
                    hit.kind.label, Swedish.shortID(hit.id.uuidString.lowercased()),
                    hit.issueId.map { Swedish.shortID($0.description) } ?? Swedish.none, hit.unitName,
                    hit.headline,
                ]
            }
        ).render()
    }
}
