import Foundation
import Testing
import Wording

/// Every time a person reads is on the organisation's clock: one formatter, `LocalTime`.
@Suite struct LocalTimeTests {
    static let stockholm = TimeZone(identifier: "Europe/Stockholm")!

    /// 2026-12-07 06:00 UTC is 07:00 in Stockholm (winter, +01:00).
    static let winterRun = Date(timeIntervalSince1970: 1_796_623_200)

    @Test func aTimeIsWrittenOnTheOrganisationsClock() {
        #expect(LocalTime.text(Self.winterRun, in: Self.stockholm) == "2026-12-07 07:00")
        #expect(LocalTime.text(Self.winterRun, in: TimeZone(secondsFromGMT: 0)!) == "2026-12-07 06:00")
    }

    @Test func summerTimeHasItsOwnOffset() {
        // 2026-06-01 05:00 UTC is 07:00 in Stockholm (summer, +02:00).
        let summer = Date(timeIntervalSince1970: 1_780_290_000)
        #expect(LocalTime.text(summer, in: Self.stockholm) == "2026-06-01 07:00")
        #expect(LocalTime.iso(summer, in: Self.stockholm) == "2026-06-01T07:00:00+02:00")
    }

    @Test func repliesCarryTheOffsetAndTheCLIShowsTheWallTimeItGives() {
        let iso = LocalTime.iso(Self.winterRun, in: Self.stockholm)
        #expect(iso == "2026-12-07T07:00:00+01:00")
        #expect(LocalTime.text(iso: iso) == "2026-12-07 07:00")
        #expect(Swedish.instant(iso) == "2026-12-07 07:00")
        #expect(LocalTime.text(iso: "2026-12-07T01:30:00-05:30") == "2026-12-07 01:30")
    }

    @Test func anInstantInUTCFromAnOlderDaemonSaysSo() {
        #expect(LocalTime.text(iso: "2026-12-07T06:00:00Z") == "2026-12-07 06:00 UTC")
        #expect(LocalTime.text(iso: "2026-12-07T06:00:00.250Z") == "2026-12-07 06:00 UTC")
        #expect(LocalTime.text(iso: "inte en tid") == "inte en tid")
    }
}
