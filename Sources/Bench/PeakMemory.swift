import Foundation

/// The process's peak resident memory, as the kernel counts it.
///
/// `VmHWM` in `/proc/self/status` is the high-water mark of the resident set: it shows whether reading
/// a million events streams through memory or piles up.
enum PeakMemory {
    /// Peak resident set in bytes, or `nil` where `/proc` is unavailable.
    static func residentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 2, let kilobytes = Int(fields[1]) else { return nil }
            return kilobytes * 1024
        }
        return nil
    }
}
