import Domain
import Foundation
import Mail
import TestSupport
import Testing

@testable import Replies

@Suite struct ReplyTokenTests {
    static let key = ReplyKey(id: 7, secret: Array(0..<32))
    static let keyring = ReplyKeyring(current: key)
    static let mail = MailID(UUID(uuidString: "5DADB650-1B2C-4D3E-8F90-A1B2C3D4E5F6")!)
    static let issueA = IssueID(UUID(uuidString: "00000000-0000-4000-8000-00000000000A")!)
    static let issueB = IssueID(UUID(uuidString: "00000000-0000-4000-8000-00000000000B")!)
    static let today = CalendarDate(year: 2026, month: 12, day: 7)!
    static let grant = ReplyGrant(
        mail: mail, recipient: .owner("Enhetschef Vuxenstöd"), subjects: [issueA, issueB],
        expires: today.adding(days: 60))

    // MARK: Round trip

    @Test func aTokenRoundTripsThroughItsTextAndVerifies() throws {
        let token = Self.keyring.token(for: Self.grant)
        let text = token.description
        #expect(text.count == ReplyToken.textLength)
        #expect(text.count <= 50)
        #expect(text.allSatisfy { ("a"..."z").contains($0) || ("2"..."7").contains($0) })
        let read = try #require(ReplyToken(text))
        #expect(read == token)
        #expect(read.mail == Self.mail)
        #expect(read.expires == Self.grant.expires)
        #expect(read.keyID == 7)
        #expect(Self.keyring.verify(read, grant: Self.grant, today: Self.today) == .valid)
        #expect(ReplyToken(text.uppercased()) == token)
        #expect(ReplyToken(" \(text) ") == token)
    }

    @Test func theSameGrantGivesTheSameTokenAndTheLastDayIsStillValid() {
        let token = Self.keyring.token(for: Self.grant)
        #expect(Self.keyring.token(for: Self.grant) == token)
        #expect(Self.keyring.verify(token, grant: Self.grant, today: Self.grant.expires) == .valid)
        #expect(Self.keyring.verify(token, grant: Self.grant, today: Self.grant.expires.adding(days: 1)) == .expired)
    }

    @Test func theSubjectsAreASetAndTheOwnerTitleIsMatchedWithoutRegardToCase() {
        let token = Self.keyring.token(for: Self.grant)
        var reordered = Self.grant
        reordered.subjects = [Self.issueB, Self.issueA, Self.issueB]
        reordered.recipient = .owner("ENHETSCHEF vuxenstöd")
        #expect(Self.keyring.verify(token, grant: reordered, today: Self.today) == .valid)
    }

    @Test func theConvenienceCheckTakesTheTokensOwnDay() {
        let token = Self.keyring.token(for: Self.grant)
        #expect(
            Self.keyring.verify(
                token, recipient: Self.grant.recipient, subjects: Self.grant.subjects, today: Self.today) == .valid)
        #expect(
            Self.keyring.verify(
                token, recipient: .owner("Någon annan"), subjects: Self.grant.subjects, today: Self.today)
                == .forged)
    }

    // MARK: Forged

    @Test func everyChangedCharacterIsForgedOrNoToken() {
        let token = Self.keyring.token(for: Self.grant)
        let text = Array(token.description)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
        for index in text.indices {
            for replacement in alphabet where replacement != text[index] {
                var changed = text
                changed[index] = replacement
                guard let other = ReplyToken(String(changed)) else { continue }
                #expect(
                    Self.keyring.verify(other, grant: Self.grant, today: Self.today) == .forged,
                    "character \(index) → \(replacement)")
            }
        }
    }

    @Test func everyFlippedBitIsForged() {
        let token = Self.keyring.token(for: Self.grant)
        let bytes = token.fields + token.mac
        for index in bytes.indices {
            for bit in 0..<8 {
                var changed = bytes
                changed[index] ^= 1 << UInt8(bit)
                guard let other = ReplyToken(Base32.encode(changed)) else {
                    #expect(index == 0, "only the version byte makes a text that is no token")
                    continue
                }
                #expect(Self.keyring.verify(other, grant: Self.grant, today: Self.today) == .forged)
            }
        }
    }

    @Test func anotherRecipientSubjectSetOrLetterIsForged() {
        let token = Self.keyring.token(for: Self.grant)
        var grants: [ReplyGrant] = []
        var other = Self.grant
        other.recipient = .owner("Enhetschef Daglig verksamhet")
        grants.append(other)
        other = Self.grant
        other.recipient = .coordinator(UnitID(Self.issueA.uuid))
        grants.append(other)
        other = Self.grant
        other.subjects = [Self.issueA]
        grants.append(other)
        other = Self.grant
        other.subjects = [Self.issueA, Self.issueB, IssueID(UUID())]
        grants.append(other)
        other = Self.grant
        other.subjects = []
        grants.append(other)
        other = Self.grant
        other.mail = MailID(UUID())
        grants.append(other)
        for grant in grants {
            #expect(Self.keyring.verify(token, grant: grant, today: Self.today) == .forged)
        }
    }

    @Test func theKindIsPartOfTheMACNotJustTheID() {
        let unit = UnitID(Self.issueA.uuid)
        var management = Self.grant
        management.recipient = .management(unit)
        var coordinator = Self.grant
        coordinator.recipient = .coordinator(unit)
        let token = Self.keyring.token(for: management)
        #expect(Self.keyring.verify(token, grant: management, today: Self.today) == .valid)
        #expect(Self.keyring.verify(token, grant: coordinator, today: Self.today) == .forged)
    }

    @Test func aChangedDayOrKeyIDIsForgedEvenWhenItWouldBeValid() throws {
        let token = Self.keyring.token(for: Self.grant)
        var fields = token.fields
        fields[19] &+= 1  // one more day
        let later = try #require(ReplyToken(Base32.encode(fields + token.mac)))
        #expect(later.expires == Self.grant.expires.adding(days: 1))
        #expect(Self.keyring.verify(later, grant: Self.grant, today: Self.today) == .forged)
    }

    @Test func anExpiredForgeryIsForgedNotExpired() throws {
        var old = Self.grant
        old.expires = Self.today.adding(days: -1)
        let token = ReplyKeyring(current: ReplyKey(id: 7, secret: Array(repeating: 1, count: 32))).token(for: old)
        #expect(Self.keyring.verify(token, grant: old, today: Self.today) == .forged)
        #expect(Self.keyring.verify(Self.keyring.token(for: old), grant: old, today: Self.today) == .expired)
    }

    // MARK: Keys

    @Test func aRotatedKeyringStillVerifiesTheOlderKeysTokens() {
        let first = ReplyKeyring.generateKey(id: 1)
        let second = ReplyKeyring.generateKey(id: 2)
        #expect(first.secret.count == ReplyKey.secretLength)
        #expect(first.secret != second.secret)
        let oldToken = ReplyKeyring(current: first).token(for: Self.grant)
        let rotated = ReplyKeyring(current: second, older: [first])
        #expect(rotated.verify(oldToken, grant: Self.grant, today: Self.today) == .valid)
        let newToken = rotated.token(for: Self.grant)
        #expect(newToken.keyID == 2)
        #expect(rotated.verify(newToken, grant: Self.grant, today: Self.today) == .valid)
        // Dropped from the keyring: its tokens are no longer ours.
        #expect(ReplyKeyring(current: second).verify(oldToken, grant: Self.grant, today: Self.today) == .forged)
    }

    @Test func anUnknownKeyIDIsForged() throws {
        let token = Self.keyring.token(for: Self.grant)
        var fields = token.fields
        fields[1] = 8
        let other = try #require(ReplyToken(Base32.encode(fields + token.mac)))
        #expect(Self.keyring.verify(other, grant: Self.grant, today: Self.today) == .forged)
    }

    @Test func theKeyNeverShowsItsSecret() {
        let key = ReplyKeyring.generateKey(id: 3)
        #expect(key.description == "ReplyKey(id: 3)")
        #expect("\(key)" == "ReplyKey(id: 3)")
    }

    // MARK: Limits

    @Test func daysOutsideTwoBytesAreHeldAtTheNearestEnd() throws {
        var far = Self.grant
        far.expires = CalendarDate(year: 9999, month: 12, day: 31)!
        let token = Self.keyring.token(for: far)
        #expect(token.expires == CalendarDate(year: 1970, month: 1, day: 1)!.adding(days: 65_535))
        #expect(
            Self.keyring.verify(try #require(ReplyToken(token.description)), grant: far, today: Self.today) == .valid)
        var past = Self.grant
        past.expires = CalendarDate(year: 1900, month: 1, day: 1)!
        let old = Self.keyring.token(for: past)
        #expect(old.expires == CalendarDate(year: 1970, month: 1, day: 1)!)
        #expect(Self.keyring.verify(old, grant: past, today: Self.today) == .expired)
    }

    @Test func theReplyAddressKeepsItsLocalPartWithin64Octets() {
        let token = Self.keyring.token(for: Self.grant)
        let address = ReplyToken.address(token, template: "tredjekraft+{token}@kommun.se")
        let local = address.split(separator: "@")[0]
        #expect(local.utf8.count <= 64)
        #expect(address == "tredjekraft+\(token.description)@kommun.se")
    }

    @Test(arguments: [
        "", " ", "hej", "tredjekraft", String(repeating: "a", count: 48), String(repeating: "a", count: 47),
        String(repeating: "a", count: 49), String(repeating: "1", count: 48), String(repeating: "8", count: 48),
        String(repeating: "å", count: 48), String(repeating: "=", count: 48), "\u{0}",
        String(repeating: "z", count: 300),
    ])
    func garbageIsNoToken(_ text: String) {
        #expect(ReplyToken(text) == nil)
    }

    @Test func aValidTextWithAnotherVersionIsNoToken() {
        let token = Self.keyring.token(for: Self.grant)
        var fields = token.fields
        fields[0] = 2
        #expect(ReplyToken(Base32.encode(fields + token.mac)) == nil)
    }

    @Test func randomTextsNeverTrap() {
        var random = SplitMix64(seed: 31)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567ABC=+ -@")
        for _ in 0..<5_000 {
            let length = Int.random(in: 40...56, using: &random)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &random) ?? "a" })
            if let token = ReplyToken(text) {
                #expect(Self.keyring.verify(token, grant: Self.grant, today: Self.today) == .forged)
            }
        }
    }

    // MARK: Base32

    @Test func base32MatchesRFC4648sVectors() {
        let vectors = [
            ("", ""), ("f", "my"), ("fo", "mzxq"), ("foo", "mzxw6"), ("foob", "mzxw6yq"), ("fooba", "mzxw6ytb"),
            ("foobar", "mzxw6ytboi"),
        ]
        for (plain, encoded) in vectors {
            #expect(Base32.encode(Array(plain.utf8)) == encoded)
            #expect(Base32.decode(encoded) == Array(plain.utf8))
            #expect(Base32.decode(encoded.uppercased()) == Array(plain.utf8))
        }
        #expect(Base32.decode("mz") == nil)  // leftover bits that are not zero
        #expect(Base32.decode("my======") == nil)
    }

    // MARK: Finding the token in an address

    @Test func theTokenIsFoundInTheTemplatesPlaceWithoutRegardToCase() {
        let token = Self.keyring.token(for: Self.grant)
        let plus = "tredjekraft+{token}@kommun.se"
        let dash = "svar-{token}@svar.kommun.se"
        #expect(ReplyToken.find(in: [ReplyToken.address(token, template: plus)], template: plus) == token)
        #expect(
            ReplyToken.find(
                in: ["samordnare@kommun.se", "TREDJEKRAFT+\(token.description.uppercased())@Kommun.SE"], template: plus)
                == token)
        #expect(
            ReplyToken.find(in: ["Tredje kraften <svar-\(token.description)@svar.kommun.se>"], template: dash) == token)
        #expect(ReplyToken.find(in: [ReplyToken.address(token, template: dash)], template: plus) == nil)
        #expect(ReplyToken.find(in: ["tredjekraft@kommun.se"], template: plus) == nil)
        #expect(ReplyToken.find(in: ["tredjekraft+hej@kommun.se", ""], template: plus) == nil)
        #expect(
            ReplyToken.find(in: [ReplyToken.address(token, template: plus)], template: "tredjekraft@kommun.se") == nil)
        #expect(ReplyToken.find(in: [], template: plus) == nil)
        #expect(ReplyToken.find(in: ["x" + ReplyToken.address(token, template: plus)], template: plus) == nil)
    }

    @Test func theTokenIsFoundInAReceivedMessagesRecipients() throws {
        let token = Self.keyring.token(for: Self.grant)
        let template = "tredjekraft+{token}@kommun.se"
        let address = ReplyToken.address(token, template: template)
        let bytes = Array(
            [
                "From: Anna <anna@kommun.se>", "To: \"Tredje kraften\" <\(address.uppercased())>",
                "Cc: samordnare@kommun.se", "Delivered-To: tredjekraft@kommun.se", "Subject: SV: x", "", "KLART: x",
            ].joined(separator: "\r\n").utf8)
        let message = try InboundMessage.parse(bytes)
        #expect(ReplyToken.find(in: message.recipientAddresses, template: template) == token)
        // Only Delivered-To holds it (a Bcc, or a forward by the mailbox's rule).
        let delivered = Array(
            ["From: anna@kommun.se", "To: alla@kommun.se", "Delivered-To: \(address)", "", "KLART: x"]
                .joined(separator: "\n").utf8)
        #expect(
            ReplyToken.find(in: try InboundMessage.parse(delivered).recipientAddresses, template: template) == token)
    }
}
