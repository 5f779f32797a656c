import Domain

extension MessagePlan {
    /// A run's messages built page by page: the effects of each page of subjects added as the policies
    /// find them, grouped by recipient at once, so no page's facts need to be kept for the letters.
    ///
    /// Pure, like the engine: whatever the pages and their order, ``finish()`` gives exactly the
    /// ``MessagePlan`` of all the pages' effects evaluated at once (``MessagePlan/init(effects:)``).
    package struct Pages: Sendable {
        private var byRecipient: [RecipientKey: [Effect]] = [:]
        /// Effects added so far.
        package private(set) var effectCount = 0

        package init() {}

        /// Adds one page's effects (``PolicyEngine/evaluate(facts:prior:today:configuration:)`` of the
        /// page's facts and their prior effects).
        package mutating func add(_ effects: [Effect]) {
            for effect in effects { byRecipient[effect.recipient, default: []].append(effect) }
            effectCount += effects.count
        }

        /// The messages, each recipient's effects in the run's order: the order of a run at once, since
        /// the order is total (no two effects share an identity). Each recipient's effects are sorted as
        /// they are taken out, so at most one recipient's are held twice.
        package mutating func finish() -> MessagePlan {
            var sorted: [RecipientKey: [Effect]] = [:]
            sorted.reserveCapacity(byRecipient.count)
            while let (recipient, effects) = byRecipient.popFirst() {
                sorted[recipient] = PolicyEngine.inRunOrder(effects)
            }
            effectCount = 0
            return MessagePlan(byRecipient: sorted)
        }
    }
}
