/// Everything read from the answer above the quoted letter.
package struct ReplyReading: Sendable, Equatable {
    /// The answers, in the order written.
    package var answers: [ReplyAnswer]
    /// Lines that were not understood: a keyword the reader could not complete (`BESLUT: kanske`) or
    /// other text that is no greeting. At most ``ReplyReader/maxNotUnderstood`` lines of at most
    /// ``ReplyReader/maxQuotedLength`` characters: what the polite reply quotes back, not an archive.
    package var notUnderstood: [String]

    package init(answers: [ReplyAnswer] = [], notUnderstood: [String] = []) {
        self.answers = answers
        self.notUnderstood = notUnderstood
    }
}
