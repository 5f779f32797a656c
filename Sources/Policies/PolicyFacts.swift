/// Everything one run of the policies looks at, as the read models' set-based queries return it.
package struct PolicyFacts: Sendable, Equatable {
    package var issues: [IssueFact]
    package var actionItems: [ActionItemFact]
    package var certifications: [CertificationFact]

    package init(
        issues: [IssueFact] = [], actionItems: [ActionItemFact] = [], certifications: [CertificationFact] = []
    ) {
        self.issues = issues
        self.actionItems = actionItems
        self.certifications = certifications
    }
}
