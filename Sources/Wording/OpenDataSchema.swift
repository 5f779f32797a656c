/// The open-data export (`tredjekraft export`): its files, their columns in order, and what each
/// column means in plain Swedish — one source for the daemon that fills the rows, the CLI that
/// writes the files and the `README.txt` beside them.
package enum OpenDataSchema {
    /// How a column's values are written: text as is, dates ÅÅÅÅ-MM-DD, whole numbers, decimals
    /// (a decimal comma in `;`-separated CSV, a point otherwise and in JSON).
    package enum Kind: String, Sendable, Codable {
        case text, date, integer, decimal
    }

    package struct Column: Sendable, Equatable {
        package var name: String
        package var kind: Kind
        package var explanation: String
        /// Free text written by people: left out with `--without-texts`.
        package var isFreeText: Bool

        init(_ name: String, _ kind: Kind, _ explanation: String, freeText: Bool = false) {
            self.name = name
            self.kind = kind
            self.explanation = explanation
            self.isFreeText = freeText
        }

        init(_ name: String, _ explanation: String, freeText: Bool = false) {
            self.init(name, .text, explanation, freeText: freeText)
        }
    }

    package struct File: Sendable, Equatable {
        /// The file's name without its ending (`.csv` or `.json`).
        package var name: String
        package var title: String
        package var about: String
        package var columns: [Column]

        /// The columns written, with or without the free texts.
        package func columns(withTexts: Bool) -> [Column] {
            withTexts ? columns : columns.filter { !$0.isFreeText }
        }
    }

    package static let issues = File(
        name: "arenden", title: "Ärenden",
        about: "Ett ärende per rad: förslag, iakttagelser och åtgärder som följs upp, med status och beslut.",
        columns: [
            Column("arende_id", "Ärendets id. Samma id finns i förslag.csv och beslut.csv."),
            Column("verksamhet_id", "Verksamhetens id."),
            Column("verksamhet", "Verksamhetens namn."),
            Column("rubrik", "Ärendets rubrik."),
            Column(
                "status",
                "Status som kod: registered, in_preparation, decided, in_progress, implemented, "
                    + "verified, withdrawn, merged eller reopened."),
            Column("status_text", "Status i ord, t.ex. Under beredning eller Genomfört."),
            Column("registrerat", .date, "Dagen ärendet registrerades."),
            Column("kvalitetsomrade", "Kvalitetsområdet, om det är satt."),
            Column("delaktighetsniva", .integer, "Nivå på delaktighetsstegen (Shier), 1–5, om den är satt."),
            Column("kallor", "Vad ärendet kommer från: förslag, iakttagelse eller åtgärd (flera skiljs med komma)."),
            Column("ansvarig", "Ansvarig roll eller titel, t.ex. Enhetschef. Aldrig en brukare."),
            Column("klart_senast", .date, "Dagen det ska vara klart, om den är satt."),
            Column("beslut", "Beslutet: Bifall, Delvis bifall eller Avslag. Tomt om inget beslut är fattat."),
            Column("beslutsdatum", .date, "Dagen beslutet fattades."),
            Column("genomfort", .date, "Dagen det som beslutades genomfördes."),
            Column("vad_som_gjordes", "Vad som gjordes, med verksamhetens ord.", freeText: true),
            Column("uppfoljt", .date, "Dagen ärendet följdes upp."),
            Column("sammanslaget_med", "Om ärendet slogs ihop med ett annat: det ärendets id."),
        ])

    package static let proposals = File(
        name: "forslag", title: "Förslag",
        about: "Ett förslag från ett brukarråd eller dialogmöte per rad.",
        columns: [
            Column("forslag_id", "Förslagets id."),
            Column("verksamhet_id", "Verksamhetens id."),
            Column("verksamhet", "Verksamhetens namn."),
            Column("brukarrad", "Brukarrådets eller dialogmötets namn."),
            Column("framfort", .date, "Dagen förslaget lämnades."),
            Column("kvalitetsomrade", "Kvalitetsområdet, om det är satt."),
            Column(
                "text", "Förslaget med rådets ord. Text som tagits bort står som [borttaget ÅÅÅÅ-MM-DD].",
                freeText: true),
            Column("arende_id", "Ärendet förslaget följs upp i. Tomt om det inte är ett ärende än."),
            Column("arende_status", "Ärendets status i ord."),
            Column("aterkallat", "ja om förslaget har dragits tillbaka, annars tomt."),
        ])

    package static let decisions = File(
        name: "beslut", title: "Beslut",
        about: "Ett beslut per rad: vad som beslutades om ett ärende och varför.",
        columns: [
            Column("arende_id", "Ärendets id."),
            Column("verksamhet_id", "Verksamhetens id."),
            Column("verksamhet", "Verksamhetens namn."),
            Column("rubrik", "Ärendets rubrik."),
            Column("beslut", "Bifall, Delvis bifall eller Avslag."),
            Column("beslutat_av", "Vem som beslutade, t.ex. Ledningsgruppen."),
            Column("beslutsdatum", .date, "Dagen beslutet fattades."),
            Column("motivering", "Motiveringen till beslutet, med klarspråk.", freeText: true),
        ])

    /// The figures of one group in the statistics files, the same as `tredjekraft statistics`.
    static let figures: [Column] = [
        Column("registrerade", .integer, "Ärenden som registrerades under perioden."),
        Column("beslutade", .integer, "Ärenden som fick sitt första beslut under perioden."),
        Column("genomforda", .integer, "Ärenden som genomfördes under perioden."),
        Column("median_dagar_till_beslut", .decimal, "Mediantid i dagar från registrering till beslut."),
        Column(
            "andel_aterkoppling_inom_30_dagar", .decimal,
            "Andel (0–1) av de beslutade ärendena från ett råd där rådet fick återkoppling inom 30 dagar."),
        Column("uppfoljda", .integer, "Ärenden från ett förslag eller en iakttagelse som följdes upp under perioden."),
        Column("uppfoljda_utan_kvittens", .integer, "Av de uppföljda: hur många utan brukarkvittens."),
        Column("andel_med_kvittens", .decimal, "Andel (0–1) av de uppföljda där brukarna kvitterade att det håller."),
    ]

    package static let areaStatistics = File(
        name: "statistik_kvalitetsomraden", title: "Statistik per kvalitetsområde",
        about: "En rad per kvalitetsområde under perioden (från --from, annars från början, till i dag).",
        columns: [
            Column("kvalitetsomrade_kod", "Kvalitetsområdet som kod; none när inget område är satt."),
            Column("kvalitetsomrade", "Kvalitetsområdet i ord."),
        ] + figures)

    package static let levelStatistics = File(
        name: "statistik_delaktighet", title: "Statistik per nivå på delaktighetsstegen",
        about: "En rad per nivå på delaktighetsstegen (Shier, 1–5) under perioden.",
        columns: [
            Column("niva", "Nivån, 1–5; none när ingen nivå är satt."),
            Column("niva_text", "Nivån i ord, t.ex. Brukarna är med i besluten."),
        ] + figures)

    /// Every file, in the order the export writes them.
    package static let files = [issues, proposals, decisions, areaStatistics, levelStatistics]

    package static func file(named name: String) -> File? { files.first { $0.name == name } }
}
