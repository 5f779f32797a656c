import Testing

@testable import Domain

@Test func thereAreTenQualityAreas() {
    #expect(QualityArea.allCases.count == 10)
    #expect(QualityArea.treatment.label == "Bemötande")
}
