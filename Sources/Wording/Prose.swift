import Domain

/// A sentence the software writes, with the values put into it kept apart: names, dates and numbers
/// are ``Part/value``, everything else is the software's own wording. The letters are rendered from
/// the whole; readability (LIX) is measured on the own wording alone, so that a council's name or a
/// quoted proposal never decides whether our own sentences are plain.
///
/// Written as a string literal: literal text is own wording, interpolations are values —
/// `"Ni lade fram det \(day)."` ("… den 23 februari 2026.") — and `\(own: text)` marks an
/// interpolation as own wording.
package struct Prose: Sendable, Equatable, ExpressibleByStringInterpolation {
    package enum Part: Sendable, Equatable {
        case own(String)
        case value(String)
    }

    package var parts: [Part]

    package init(parts: [Part]) { self.parts = parts }

    package init(stringLiteral value: String) { parts = [.own(value)] }

    package init(stringInterpolation: StringInterpolation) { parts = stringInterpolation.parts }

    /// The sentence as it reads.
    package var text: String {
        parts.map {
            switch $0 {
            case .own(let text), .value(let text): text
            }
        }.joined()
    }

    /// The software's own words, values left out.
    package var ownText: String {
        parts.map {
            switch $0 {
            case .own(let text): text
            case .value: ""
            }
        }.joined()
    }

    package struct StringInterpolation: StringInterpolationProtocol {
        var parts: [Part] = []

        package init(literalCapacity: Int, interpolationCount: Int) {}

        package mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { parts.append(.own(literal)) }
        }

        /// A name, title or other text from the data.
        package mutating func appendInterpolation(_ value: String) { parts.append(.value(value)) }

        /// A day, written "den 23 februari 2026", as a sentence says it after a verb or a preposition.
        package mutating func appendInterpolation(_ day: CalendarDate) {
            parts.append(.own("den "))
            parts.append(.value(Swedish.longDate(day)))
        }

        /// A day as the commands write it, "2026-05-31": for letters to those who type it back.
        package mutating func appendInterpolation(iso day: CalendarDate) { parts.append(.value(day.description)) }

        /// A count or a number of days.
        package mutating func appendInterpolation(_ number: Int) { parts.append(.value("\(number)")) }

        /// Words of the software's own, chosen by the code (a verb, a noun in the right number).
        package mutating func appendInterpolation(own text: String) { parts.append(.own(text)) }

        /// Another sentence's parts, as they are.
        package mutating func appendInterpolation(_ prose: Prose) { parts += prose.parts }
    }
}
