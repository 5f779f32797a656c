/// One line of the result: what the store reached next to its reference from the same run.
struct Figure: Sendable {
    var name: String
    var value: Double
    var reference: String
    var referenceValue: Double
    /// The target for `value / referenceValue`.
    var target: Double
    /// Server CPU time per event (or row), when the server runs on this machine.
    var cpuPerItem: Double? = nil
    var referenceCPUPerItem: Double? = nil
    /// A target on `value` itself (events per second) instead of on the ratio.
    var absoluteTarget: Double? = nil

    var met: Bool { absoluteTarget.map { value >= $0 } ?? (ratio >= target) }

    var ratio: Double { referenceValue > 0 ? value / referenceValue : 0 }
}
