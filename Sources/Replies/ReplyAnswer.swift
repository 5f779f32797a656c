/// One answer read from a reply: which item of the letter it names (nil when it names none, which
/// a letter about one subject allows), what it asks, and the line(s) as the person wrote them, for
/// the confirmation or refusal to quote.
package struct ReplyAnswer: Sendable, Equatable {
    package var item: Int?
    package var verb: ReplyVerb
    package var line: String

    package init(item: Int?, verb: ReplyVerb, line: String) {
        self.item = item
        self.verb = verb
        self.line = line
    }
}
