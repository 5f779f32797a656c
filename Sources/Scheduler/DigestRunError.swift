import Domain

/// Some of a month's digests could not be sent; the others were. Says which and why, so the cause can
/// be fixed (a contact, a council's data); the scheduler tries again.
package struct DigestRunError: Error, CustomStringConvertible {
    package struct Failure: Sendable {
        package var recipient: RecipientKey
        package var name: String
        package var reason: String
    }

    package var month: CalendarMonth
    package var sent: Int
    package var failures: [Failure]

    /// The names of the recipients whose digests failed.
    package var failed: [String] { failures.map(\.name) }

    package var description: String {
        "\(failures.count) digest(s) for \(month) could not be sent (\(sent) were): "
            + failures.map { "\($0.name) (\($0.recipient)): \($0.reason)" }.joined(separator: "; ")
    }
}
