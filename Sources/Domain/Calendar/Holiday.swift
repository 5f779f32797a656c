/// A Swedish public holiday (allmän helgdag), or an eve that workplaces keep as one (julafton,
/// nyårsafton, midsommarafton, påskafton): the days ``WorkingCalendar`` never counts as working days.
///
/// Raw values are stable identifiers (for `--json` and the Varlink reply); ``name`` is the Swedish
/// name shown to people.
package enum Holiday: String, Sendable, Codable, CaseIterable {
    case newYearsDay = "nyarsdagen"
    case epiphany = "trettondedag_jul"
    case goodFriday = "langfredag"
    case holySaturday = "paskafton"
    case easterSunday = "paskdagen"
    case easterMonday = "annandag_pask"
    case mayDay = "forsta_maj"
    case ascensionDay = "kristi_himmelsfardsdag"
    case whitsunEve = "pingstafton"
    case whitsunDay = "pingstdagen"
    case nationalDay = "nationaldagen"
    case midsummerEve = "midsommarafton"
    case midsummerDay = "midsommardagen"
    case allSaintsDay = "alla_helgons_dag"
    case christmasEve = "julafton"
    case christmasDay = "juldagen"
    case boxingDay = "annandag_jul"
    case newYearsEve = "nyarsafton"

    /// The Swedish name, e.g. "Kristi himmelsfärdsdag".
    package var name: String {
        switch self {
        case .newYearsDay: "nyårsdagen"
        case .epiphany: "trettondedag jul"
        case .goodFriday: "långfredagen"
        case .holySaturday: "påskafton"
        case .easterSunday: "påskdagen"
        case .easterMonday: "annandag påsk"
        case .mayDay: "första maj"
        case .ascensionDay: "Kristi himmelsfärdsdag"
        case .whitsunEve: "pingstafton"
        case .whitsunDay: "pingstdagen"
        case .nationalDay: "Sveriges nationaldag"
        case .midsummerEve: "midsommarafton"
        case .midsummerDay: "midsommardagen"
        case .allSaintsDay: "alla helgons dag"
        case .christmasEve: "julafton"
        case .christmasDay: "juldagen"
        case .boxingDay: "annandag jul"
        case .newYearsEve: "nyårsafton"
        }
    }

    /// Whether it is an eve kept as a holiday rather than an allmän helgdag by law.
    package var isEve: Bool {
        switch self {
        case .holySaturday, .whitsunEve, .midsummerEve, .christmasEve, .newYearsEve: true
        default: false
        }
    }

    /// The feast a skipped day belongs to, for saying briefly what a deadline went around
    /// ("utan påsk och midsommar"): the days of Easter are "påsk", Christmas to New Year "jul och nyår".
    package var season: String {
        switch self {
        case .goodFriday, .holySaturday, .easterSunday, .easterMonday: "påsk"
        case .whitsunEve, .whitsunDay: "pingst"
        case .midsummerEve, .midsummerDay: "midsommar"
        case .christmasEve, .christmasDay, .boxingDay: "jul"
        case .newYearsEve, .newYearsDay: "nyår"
        case .ascensionDay: "Kristi himmelsfärd"
        case .nationalDay: "nationaldagen"
        default: name
        }
    }
}
