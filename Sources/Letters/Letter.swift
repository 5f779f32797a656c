import Wording

/// A letter before it is rendered — a reminder, an escalation, a digest, an agenda, the test message:
/// the same sentences become the plain-text part (``text``) and the HTML part (``html``), so the two
/// never say different things, and escaping happens in one place.
///
/// The software's own sentences are ``Prose``, which keeps the values put into them apart, so that
/// readability is measured on our words alone (``ownSentences``); what is quoted from the data — a
/// proposal's text, a motivation, a command — is a plain string.
package struct Letter: Sendable, Equatable {
    /// How the HTML part presents the letter; the plain text reads the same either way.
    package enum Presentation: Sendable, Equatable {
        /// A short message read on screen (a reminder, an escalation): no heading of its own, no style sheet.
        case message
        /// A document that may be printed (a digest, an agenda): the subject as its heading, and a small style
        /// sheet for the screen and for paper.
        case document
    }

    /// A part of the letter: a heading (a short message has none), a few words on what it holds, its items.
    package struct Section: Sendable, Equatable {
        package var heading: Prose?
        package var intro: [Prose]
        package var items: [Item]
        /// Numbered items (a digest's, a reminder's) or bullets (figures).
        package var numbered: Bool

        package init(heading: Prose? = nil, intro: [Prose] = [], items: [Item], numbered: Bool = true) {
            self.heading = heading
            self.intro = intro
            self.items = items
            self.numbered = numbered
        }
    }

    /// One proposal, issue, action item or certificate: named in its own words, then what there is to tell.
    package struct Item: Sendable, Equatable {
        /// The name, quoted from the data (a proposal's text, shortened with care; an issue's title).
        package var title: String
        /// Which thing it is and where, right under the name: "Ärende 5dadb650 i Vuxenstöd Lund."
        package var reference: String?
        package var lines: [Line]

        package init(title: String, reference: String? = nil, lines: [Line]) {
            self.title = title
            self.reference = reference
            self.lines = lines
        }
    }

    package enum Line: Sendable, Equatable {
        case prose(Prose)
        /// A lead-in of our own and a text quoted whole, as its author wrote it (a motivation).
        case quote(Prose, String)
        /// A command to copy, on a line of its own, after a lead-in that says what it does, if any.
        case command(String, lead: Prose? = nil)
        /// A line to write back in a reply by mail (`KLART 2: <vad som gjordes>`), on a line of its own
        /// after a lead-in that says when: not a command, so any reader's letter may hold it.
        case answer(String, lead: Prose)
    }

    package var subject: String
    package var greeting: Prose
    package var intro: [Prose]
    package var sections: [Section]
    package var closing: [Prose]
    /// Ids for the coordinator, at the end: never in the body.
    package var references: [String]
    package var presentation: Presentation

    package init(
        subject: String, greeting: Prose, intro: [Prose], sections: [Section], closing: [Prose],
        references: [String] = [], presentation: Presentation = .document
    ) {
        self.subject = subject
        self.greeting = greeting
        self.intro = intro
        self.sections = sections
        self.closing = closing
        self.references = references
        self.presentation = presentation
    }
}
