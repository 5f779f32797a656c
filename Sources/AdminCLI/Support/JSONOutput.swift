import Foundation
import Varlink

/// The daemon's reply as `--json` prints it: pretty, keys sorted, so scripts and diffs see a stable text.
enum JSONOutput {
    static func render(_ object: VarlinkObject) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // A VarlinkValue always encodes: it came from JSON.
        guard let data = try? encoder.encode(VarlinkValue.object(object)) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
