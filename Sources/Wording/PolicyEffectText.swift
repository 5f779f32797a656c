import Domain

/// A reminder or an escalation told in plain Swedish, as the audit trail, the trace and `issue show`
/// tell it: who was told, what about, when — and that it went out late, when it did.
package enum PolicyEffectText {
    /// "Enhetschef Vuxenstöd fick en påminnelse: ärendet var försenat (det skulle ha varit klart
    /// 2026-05-31)." or "Ledningen fick veta att ärendet var försenat (…)."
    package static func sentence(_ kind: PolicyEffectKind, _ effect: PolicyEffectRecord) -> String {
        let text: String =
            switch kind {
            case .reminder: "\(recipient(effect.recipient)) fick en påminnelse: \(reason(effect))."
            case .escalation: "\(recipient(effect.recipient)) fick veta att \(reason(effect))."
            }
        guard let late = effect.lateSince else { return text }
        return text + " Meddelandet kom sent: det skulle ha gått ut \(late), när Tredje kraften inte var igång."
    }

    /// Who was told, as a person reads it.
    package static func recipient(_ key: RecipientKey) -> String {
        switch key {
        case .owner(let title): title
        case .coordinator: "Samordnaren"
        case .management: "Ledningen"
        case .council: "Brukarrådet"
        case .sender: "Den som skrev till oss"
        }
    }

    /// What was wrong when the effect went out, in the past tense.
    package static func reason(_ effect: PolicyEffectRecord) -> String {
        let since = effect.since
        switch effect.policy {
        case .noOwner: return "ärendet saknade ansvarig sedan \(since)"
        case .noDecision: return "ärendet saknade beslut sedan \(since)"
        case .dueSoon: return "ärendet skulle vara klart senast \(since)"
        case .overdue: return "ärendet var försenat (det skulle ha varit klart \(since))"
        case .feedbackOwed: return "brukarrådet hade väntat på återkoppling sedan \(since)"
        case .stale: return "inget hade hänt i ärendet sedan \(since)"
        case .actionItemDue:
            return effect.on <= since
                ? "en åtgärd i handlingsplanen skulle vara klar senast \(since)"
                : "en åtgärd i handlingsplanen var försenad (den skulle ha varit klar \(since))"
        case .kvittensAwaited:
            return "rådet hade inte sagt om ändringen fungerar som de menade sedan \(since)"
        case .certificationExpiry:
            return effect.on <= since
                ? "certifikatet gällde till \(since) och ingen förnyelse hade börjat"
                : "certifikatet hade gått ut \(since) och ingen förnyelse hade börjat"
        }
    }
}
