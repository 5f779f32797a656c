import Foundation
import NIOPosix

extension DigestRun {
    /// A printed letter's HTML, read back from the file its `DigestSent` names (relative to the state
    /// directory), for `mail show`. Only files under `letters/` are read.
    ///
    /// - Throws: ``PrintedLetterError`` when the path is not a letter's or the file cannot be read.
    package func printedLetter(at relative: String) async throws -> String {
        let parts = relative.split(separator: "/")
        guard parts.first == "letters", !parts.contains(".."), !relative.hasPrefix("/") else {
            throw PrintedLetterError.notALetter(relative)
        }
        let file = stateDirectory.appendingPathComponent(relative)
        do {
            let data = try await NIOThreadPool.singleton.runIfActive { try Data(contentsOf: file) }
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw PrintedLetterError.unreadable(relative, String(describing: error))
        }
    }
}
