/// A digest once sent: what it was, and whether its feedback has been recorded.
package struct DigestState: Sendable, Equatable {
    package var sent: DigestSent
    package var feedbackRecorded: Bool
}
