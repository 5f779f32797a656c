import ReadModelTypes

// The replies of the queries: each wraps the read model's answer under the name the interface
// definition gives it.

package struct UnitsReply: Codable, Sendable, Equatable {
    package var units: [UnitSummary]
    package init(units: [UnitSummary]) { self.units = units }
}

package struct CouncilsReply: Codable, Sendable, Equatable {
    package var councils: [CouncilSummary]
    package init(councils: [CouncilSummary]) { self.councils = councils }
}

package struct ProposalsReply: Codable, Sendable, Equatable {
    package var proposals: [ProposalSummary]
    package init(proposals: [ProposalSummary]) { self.proposals = proposals }
}

package struct RevisionsReply: Codable, Sendable, Equatable {
    package var revisions: [RevisionSummary]
    package init(revisions: [RevisionSummary]) { self.revisions = revisions }
}

package struct CertificationsReply: Codable, Sendable, Equatable {
    package var certifications: [CertificationStatus]
    package init(certifications: [CertificationStatus]) { self.certifications = certifications }
}

package struct CertificationReply: Codable, Sendable, Equatable {
    package var certification: CertificationDetail
    package init(certification: CertificationDetail) { self.certification = certification }
}

package struct IssuesReply: Codable, Sendable, Equatable {
    package var issues: [IssueSummary]
    package init(issues: [IssueSummary]) { self.issues = issues }
}

package struct IssueReply: Codable, Sendable, Equatable {
    package var issue: IssueDetail
    package init(issue: IssueDetail) { self.issue = issue }
}

package struct HistoryReply: Codable, Sendable, Equatable {
    package var entries: [TimelineEntry]
    package init(entries: [TimelineEntry]) { self.entries = entries }
}

package struct TraceReply: Codable, Sendable, Equatable {
    package var trace: Trace
    package init(trace: Trace) { self.trace = trace }
}

package struct DueReply: Codable, Sendable, Equatable {
    package var items: [DueItem]
    package init(items: [DueItem]) { self.items = items }
}

package struct StatisticsReply: Codable, Sendable, Equatable {
    package var statistics: Statistics
    package init(statistics: Statistics) { self.statistics = statistics }
}
