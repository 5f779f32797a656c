import Digests
import Domain
import Wording

extension DigestWording {
    /// "Rättelser": what an earlier letter told wrongly, and what is right. First in the letter, told
    /// once, in the month the record was put right.
    static func correctionSection(_ digest: CouncilDigest) -> Letter.Section? {
        guard !digest.corrections.isEmpty else { return nil }
        return Letter.Section(
            heading: "Rättelser",
            intro: ["Något stod fel i ett tidigare brev. Här står det som är rätt."],
            items: digest.corrections.map(correctionItem))
    }

    static func correctionItem(_ notice: CouncilDigest.CorrectionNotice) -> Letter.Item {
        var lines: [Letter.Line] = []
        switch notice.fact {
        case .proposalText:
            lines.append(.prose("Rättelse: ert förslag stod fel hos oss. Nu står det som ovan."))
        case .title:
            if let title = notice.issue?.title {
                lines.append(.prose("Rättelse: ärendet om ert förslag har fått rätt namn: \(quoted(title))."))
            }
        case .decision(let from):
            guard let issue = notice.issue, let outcome = issue.outcome else { break }
            if from != outcome {
                lines.append(
                    .prose(
                        "Rättelse: beslutet om ert förslag stod fel. Det var inte \(from.label.lowercased()) utan \(outcome.label.lowercased())."
                    ))
                lines.append(.prose(answer(outcome)))
            } else {
                lines.append(.prose("Rättelse: skälen till beslutet om ert förslag stod fel."))
            }
            if let motivation = issue.motivation { lines.append(.quote("Skälen är:", motivation)) }
        case .dueDate:
            if let due = notice.issue?.dueDate {
                lines.append(.prose("Rättelse: det rätta datumet är \(due). Då ska det vara klart."))
            }
        case .owner:
            if let owner = notice.issue?.owner {
                lines.append(.prose("Rättelse: den som är ansvarig är \(owner)."))
            }
        }
        return Letter.Item(title: notice.proposal.text, lines: lines)
    }
}
