import Testing

@testable import Tabular

@Suite struct TextFileDecodingTests {
    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try TextFileDecoding.decode(Array("åtgärd;ö".utf8))
        #expect(plain.text == "åtgärd;ö" && plain.encoding == .utf8)
        let bom = try TextFileDecoding.decode([0xEF, 0xBB, 0xBF] + Array("å".utf8))
        #expect(bom.encoding == .utf8)
        #expect(try CSVReader(separator: ";").records(bom.text).first?.fields == ["å"])
    }

    @Test func windows1252IsReadAsSuch() throws {
        let text = "Kvalitetsområde;Åtgärd – “bemötande” €"
        let bytes = try #require(TextFileDecoding.windows1252(text))
        #expect(bytes.count == text.count)
        let decoded = try TextFileDecoding.decode(bytes)
        #expect(decoded.text == text && decoded.encoding == .windows1252)
    }

    @Test func undefinedBytesAreRefused() {
        #expect(throws: TextFileDecoding.Failure(byteOffset: 1, byte: 0x81)) {
            try TextFileDecoding.decode([0x41, 0x81, 0xE5])
        }
    }

    @Test func brokenQuotingIsNamed() {
        #expect(throws: CSVReader.Failure.self) { try CSVReader(separator: ";").records("a;\"b\nc") }
        #expect(throws: CSVReader.Failure.self) { try CSVReader(separator: ";").records("a;\"b\"c") }
    }
}
