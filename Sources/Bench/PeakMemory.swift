import Foundation

/// The process's peak resident memory, as the kernel counts it.
///
/// `VmHWM` in `/proc/self/status` is the high-water mark of the resident set: it shows whether reading
/// a million events streams through memory or piles up.
enum PeakMemory {
    /// Peak resident set in bytes, or `nil` where `/proc` is unavailable.
    static func residentBytes() -> Int? { kernelFigure("VmHWM:") }

    /// The resident set now, in bytes: printed after each part of a run, to tell which part set the peak.
    static func currentResidentBytes() -> Int? { kernelFigure("VmRSS:") }

    /// "peak 123 MiB, now 45 MiB", for progress lines.
    static var summary: String {
        let mebibytes = { (bytes: Int?) in bytes.map { "\($0 / 1_048_576) MiB" } ?? "unknown" }
        return "resident peak \(mebibytes(residentBytes())), now \(mebibytes(currentResidentBytes()))"
    }

    private static func kernelFigure(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 2, let kilobytes = Int(fields[1]) else { return nil }
            return kilobytes * 1024
        }
        return nil
    }
}
