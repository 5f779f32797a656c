import Digests
import Domain

/// Every file of the councils' status pages, as paths relative to the pages' directory and their HTML:
/// `index.html`, `tillganglighet.html` and one `rad/<name>.html` per council. Pure: what to write, not
/// the writing.
package enum StatusPageSite {
    package static let index = "index.html"
    package static let statement = "tillganglighet.html"
    package static let councilFolder = "rad"

    /// A council's page, relative to the pages' directory: `rad/<council id>.html`, or under a name the
    /// caller made unguessable (`pages.secret_paths`).
    package static func councilPath(_ council: CouncilID, name: String? = nil) -> String {
        "\(councilFolder)/\(name ?? council.description).html"
    }

    /// The files for `facts` (one per council) as they stand on `today`.
    ///
    /// - Parameter secretNames: a council's unguessable file name by id; when given, the index lists no
    ///   council (a link would give the path away).
    package static func files(
        _ facts: [CouncilDigestFacts], today: CalendarDate, secretNames: [CouncilID: String]? = nil
    ) -> [(path: String, html: String)] {
        let inFolder = PageFrame(home: "../\(index)", statement: "../\(statement)", asOf: today)
        let atTop = PageFrame(home: nil, statement: statement, asOf: today)
        var files: [(path: String, html: String)] = []
        var entries: [StatusPageWording.IndexEntry] = []
        for fact in facts {
            let path = councilPath(fact.council.id, name: secretNames?[fact.council.id])
            let page = CouncilStatusPage.make(fact, today: today)
            var frame = inFolder
            if secretNames != nil { frame.home = nil }
            files.append((path, StatusPageWording.letter(page).page(frame)))
            entries.append(.init(name: fact.council.name, unitName: fact.council.unitName, href: path))
        }
        let index =
            secretNames == nil
            ? StatusPageWording.index(entries, frame: atTop) : StatusPageWording.secretIndex(frame: atTop)
        files.append((self.index, index))
        files.append((statement, StatusPageWording.statement(frame: atTop)))
        return files
    }
}
