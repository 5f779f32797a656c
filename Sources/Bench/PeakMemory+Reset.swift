import Foundation

extension PeakMemory {
    /// How much the peak resident set rises above the resident set before `body`, in MiB: the kernel's
    /// high-water mark is reset first (`5` to `/proc/self/clear_refs`), so one part of a run can be
    /// measured after a larger one. Zero where `/proc` cannot be written.
    static func added(_ body: () async throws -> Void) async throws -> Double {
        guard let reset = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else {
            try await body()
            return 0
        }
        reset.write(Data("5".utf8))
        try? reset.close()
        let before = currentResidentBytes() ?? 0
        try await body()
        let peak = residentBytes() ?? 0
        return Double(max(0, peak - before)) / 1_048_576
    }
}
