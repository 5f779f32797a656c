import Digests
import Domain
import Wording

extension DigestWording {
    /// The day a decision should come by when nobody set one, and how it was counted: "Beslutet ska
    /// komma senast den 5 juli 2027. Så räknades datumet: 30 arbetsdagar från 2027-05-20, utan Kristi
    /// himmelsfärd och midsommar: 2027-07-05."
    static func decisionDeadline(_ item: CouncilDigest.Item, today: CalendarDate) -> [Letter.Line] {
        guard let deadline = item.decisionDeadline, item.issue?.isOpen == true else { return [] }
        let day = deadline.result
        let when: Prose =
            day < today
            ? "Beslutet skulle ha kommit senast \(day). Det är försenat." : "Beslutet ska komma senast \(day)."
        return [.prose(when), .prose("Så räknades datumet: \(ComputedDateText.explanation(deadline)).")]
    }
}
