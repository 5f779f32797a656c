/// Why a printed letter could not be read back.
package enum PrintedLetterError: Error, Sendable, Equatable {
    case notALetter(String)
    case unreadable(String, String)
}
