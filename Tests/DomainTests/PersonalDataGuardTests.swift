import Testing

@testable import Domain

/// The personal-data guard's table: what free text may hold and what it may not, each refusal for its
/// own reason (issue 30: `0701234567` was refused as a personnummer).
@Suite struct PersonalDataGuardTests {
    static let refused: [(String, PersonalDataGuard.Finding)] = [
        ("Ring 070-123 45 67 om du undrar.", .phoneNumber),
        ("Ring +46 70 123 45 67 om du undrar.", .phoneNumber),
        ("Ring +46701234567.", .phoneNumber),
        ("Ring 0046 70 123 45 67.", .phoneNumber),
        ("Växeln: 046-35 50 00.", .phoneNumber),
        ("Ring 0701234567.", .phoneNumber),
        ("Ring 070-1234567.", .phoneNumber),
        ("Ring 08-123 456 78 på dagtid.", .phoneNumber),
        ("Telefon 08-12 34 56", .phoneNumber),
        ("Brukaren 850709-1234 har klagat.", .personalNumber),
        ("Brukaren 19850709-1234 har klagat.", .personalNumber),
        ("Brukaren 198507091234 har klagat.", .personalNumber),
        ("Brukaren 8507091234 har klagat.", .personalNumber),
        ("Samordningsnummer 850769-1234.", .personalNumber),
        ("Född 070123-4567.", .personalNumber),
        ("Brukaren 850709 1234 har klagat.", .personalNumber),
        ("Född 121212+1212 (över hundra år).", .personalNumber),
        ("Skriv till maria.svensson@lund.se om det.", .emailAddress),
        ("Mejla kontakt@exempel.se.", .emailAddress),
        ("Adress: a@b.co", .emailAddress),
    ]

    static let accepted: [String] = [
        "Mötet hålls 2027-05-20 kl 10.",
        "Beslutet kom 2026-12-07 och gäller från 2027-01-01.",
        "Under åren 2024 och 2025 ökade väntetiden.",
        "Perioden 2026-2027 följs upp.",
        "Det kostar 1 500 kr per månad, totalt 18 000 kr.",
        "Budgeten är 1 250 000 kr.",
        "Mötet är i rum 204 eller rum 0123.",
        "Öppet 08-17 på vardagar.",
        "Vi ses kl. 13.30-15.00.",
        "Ungefär 30 procent av 120 brukare svarade.",
        "Ärende 3f2a91c0 hänger ihop med detta.",
        "Rådet träffas @ mottagningen.",
        "Skriv till mottagningen.",
        "Sidan 12-14 i rapporten.",
        "Version 2.0 av blanketten.",
    ]

    @Test(arguments: refused)
    func refusedWithItsOwnReason(_ example: (String, PersonalDataGuard.Finding)) {
        #expect(PersonalDataGuard.check(example.0) == example.1, "\(example.0)")
    }

    @Test(arguments: accepted)
    func everydayNumbersPass(_ text: String) {
        #expect(PersonalDataGuard.check(text) == nil, "\(text)")
    }

    @Test func eachRefusalSaysWhatItSawAndWhatToWriteInstead() throws {
        let phone = try #require(Self.refusal("Ring 070-123 45 67."))
        #expect(phone.code == .personalDataSuspected)
        #expect(phone.message.contains("ser ut som ett telefonnummer"))
        let number = try #require(Self.refusal("Ring 0701234567."))
        #expect(number.message.contains("telefonnummer"))
        #expect(!number.message.contains("personnummer"))
        let personal = try #require(Self.refusal("Brukaren 850709-1234."))
        #expect(personal.message.contains("personnummer eller samordningsnummer"))
        let mail = try #require(Self.refusal("Mejla a.b@lund.se."))
        #expect(mail.message.contains("e-postadress"))
        #expect(mail.message.contains("tredjekraft contact set"))
    }

    @Test func aProposalWithAPhoneNumberIsRefusedAndNothingIsDecided() {
        let refused = attempt(
            ProposalAggregate.self,
            .putForward(
                councilId: Fixture.council, meetingId: nil, text: "Ring Maria på 046-35 50 00.", qualityArea: nil,
                pseudonym: nil),
            nil, context("2026-03-04"))
        #expect(refused.domainError?.message.contains("telefonnummer") == true)
    }

    static func refusal(_ text: String) -> DomainError? {
        do {
            try Validation.noPersonalData(text, "Texten")
            return nil
        } catch {
            return error
        }
    }
}
