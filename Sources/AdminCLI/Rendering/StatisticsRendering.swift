import AdminProtocol
import ReadModelTypes
import Wording

/// Figures for a period: how many issues came in, were decided and implemented, how long decisions
/// took, and how often councils heard back within 30 days.
enum StatisticsRendering {
    static func render(_ reply: StatisticsReply) -> String {
        let statistics = reply.statistics
        var sections = ["Period: \(statistics.from) – \(statistics.to)"]
        sections.append(table("Totalt", [("Alla ärenden", statistics.total)]))
        if !statistics.byQualityArea.isEmpty {
            sections.append(table("Kvalitetsområde", statistics.byQualityArea.map { ($0.label, $0.figures) }))
        }
        if !statistics.byParticipationLevel.isEmpty {
            sections.append(table("Delaktighet", statistics.byParticipationLevel.map { ($0.label, $0.figures) }))
        }
        return sections.joined(separator: "\n\n")
    }

    static func table(_ heading: String, _ groups: [(String, Statistics.Figures)]) -> String {
        Table(
            [
                .init(heading), .init("Registrerade", alignment: .right), .init("Beslutade", alignment: .right),
                .init("Genomförda", alignment: .right), .init("Dagar till beslut (median)", alignment: .right),
                .init("Återkoppling inom 30 dagar", alignment: .right),
                .init("Uppföljda från råd/revision", alignment: .right),
                .init("Med brukarkvittens", alignment: .right),
                .init("Utan brukarkvittens", alignment: .right),
            ],
            rows: groups.map { label, figures in
                [
                    label, "\(figures.registered)", "\(figures.decided)", "\(figures.implemented)",
                    figures.medianDaysToDecision.map(Swedish.decimal) ?? Swedish.none,
                    Swedish.percent(figures.feedbackWithin30DaysShare), "\(figures.followedUp)",
                    Swedish.percent(figures.kvittensShare), "\(figures.followedUpWithoutKvittens)",
                ]
            }
        ).render()
    }
}
