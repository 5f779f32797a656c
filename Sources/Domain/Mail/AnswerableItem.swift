/// One numbered item of a letter that can be answered by mail, and the issue an answer to it acts on.
///
/// A letter numbers its items (`1.`, `2.`); a reply names the item (`KLART 2: …`), and the number
/// leads to the issue here. An action item's number leads to its issue. Only items the letter
/// offers an answer for are listed, so a reply's token grants no more than the letter asked for.
package struct AnswerableItem: Codable, Sendable, Equatable, Hashable {
    /// The item's number in the letter, from 1.
    package var number: Int
    package var issue: IssueID

    package init(number: Int, issue: IssueID) {
        self.number = number
        self.issue = issue
    }

    /// Numbers a letter may give: a letter lists at most a few hundred items.
    package static let numbers = 1...999
}
