import Foundation
import PersonalData
import Testing

/// Finding a text's copies: as written, in letters (other whitespace, `<br/>`), in HTML (entities),
/// never inside a longer word.
@Suite struct TextCopiesTests {
    let copies = TextCopies(texts: ["Maria Svensson på mottagningen & kansliet"], marker: "[borttaget 2026-12-07]")

    @Test func theTextAsWrittenInALetterAndInHTML() {
        #expect(
            copies.erased("Förslaget: Maria Svensson på mottagningen & kansliet.")
                == "Förslaget: [borttaget 2026-12-07].")
        #expect(
            copies.erased("Förslaget: Maria Svensson på\n  mottagningen &amp; kansliet.")
                == "Förslaget: [borttaget 2026-12-07].")
        #expect(
            copies.erased("<p>Maria Svensson<br/>på mottagningen &amp; kansliet</p>")
                == "<p>[borttaget 2026-12-07]</p>")
        #expect(copies.erased("Något helt annat.") == nil)
    }

    @Test func aShortTextIsNotFoundInsideLongerWords() {
        let short = TextCopies(texts: ["Mat"], marker: "[x]")
        #expect(short.erased("Maten är kall.") == nil)
        #expect(short.erased("Mat, inte kaffe.") == "[x], inte kaffe.")
    }

    @Test func copiesInAnEventsDataWithTheirPaths() throws {
        let json = Data(
            #"{"subject":"Om Maria Svensson på mottagningen & kansliet","recipient":{"id":"x"},"n":3,"ok":true,"list":["Maria Svensson på mottagningen &amp; kansliet"]}"#
                .utf8)
        let found = copies.copies(in: json)
        #expect(found.map(\.path) == [["list", "0"], ["subject"]])
        #expect(found.map(\.value) == ["[borttaget 2026-12-07]", "Om [borttaget 2026-12-07]"])
        #expect(TextCopies.values(of: "id", in: json).map(\.value) == ["x"])
        #expect(copies.needles == ["mottagningen"])
    }
}
