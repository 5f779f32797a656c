import Testing
@testable import Domain

@Test func qualityAreasAreKnown() {
    #expect(!QualityArea.allCases.isEmpty)
}
