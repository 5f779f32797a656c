import AdminProtocol
import Domain
import Projections
import ReadModelTypes
import Varlink

/// `Search`: full-text search over the read models' texts (``ReadModel/search(_:units:limit:)``).
/// Readers may search; a caller who may read some units only finds only theirs.
struct SearchMethod: Sendable {
    let context: AdminContext

    /// The longest question taken, in characters.
    static let textLimit = 200

    func register(on interface: inout VarlinkInterface) {
        interface.add(.search, SearchParameters.self, requiring: .reader, context: context) { p, caller in
            guard !p.text.isEmpty, p.text.count <= Self.textLimit, !DomainLimits.hasControlCharacters(p.text) else {
                throw VarlinkError.invalidParameter("text")
            }
            if let limit = p.limit, !(1...500).contains(limit) { throw VarlinkError.invalidParameter("limit") }
            guard ReadModel.searchQuery(p.text) != nil else {
                throw AdminError.ruleViolation(
                    reason: "Sökningen \"\(p.text)\" har inga ord att söka efter. Skriv minst ett ord.",
                    code: "no_words")
            }
            var units = try await context.readableUnits(caller)
            let unit: UnitID? = try await context.identifiers.resolveOptional(p.unitId, as: .unit, parameter: "unitId")
            if let unit {
                try await context.requireReadable(caller, unit: unit)
                units = [unit]
            }
            let hits = try await context.readModel.search(p.text, units: units, limit: p.limit ?? 50)
            return StaleQueryReply(
                SearchReply(hits: hits), reading: ["catalog", "issues"], runner: context.runner,
                timeZone: context.clock.timeZone)
        }
    }
}
