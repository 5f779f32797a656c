import AdminProtocol
import Wording

/// The daemon's health (`status`) and who the daemon takes the caller for (`whoami`).
enum StatusRendering {
    static func status(_ reply: StatusReply) -> String {
        var fields = Fields()
        fields.add("Version", reply.version)
        fields.add(
            "Igång sedan", "\(Swedish.instant(reply.startedAt)) (\(Swedish.duration(seconds: reply.uptimeSeconds)))")
        fields.add("Databas", database(reply.database))
        fields.add("Databasschema", "\(reply.database.schema), \(schemaVersion(reply))")
        if let log = reply.eventLog {
            fields.add("Händelser i loggen", "\(log.lastSequence)")
            if log.heldBackEvents > 0 {
                var held = log.heldBackEvents == 1 ? "1 händelse" : "\(log.heldBackEvents) händelser"
                if let seconds = log.oldestTransactionSeconds {
                    held += ", en skrivning har varit öppen i \(Swedish.duration(seconds: seconds))"
                }
                let who = [
                    log.oldestTransactionPid.map { "process \($0)" },
                    log.oldestTransactionDatabase.map { "databas \($0)" },
                    log.oldestTransactionApplication.flatMap { $0.isEmpty ? nil : $0 },
                ].compactMap { $0 }
                if !who.isEmpty { held += " (\(who.joined(separator: ", ")))" }
                fields.add("Väntar på äldre skrivning", held)
            }
        }
        fields.add("Tidszon", reply.timeZone)
        fields.add("Du är", "\(reply.user) (\(Swedish.role(reply.role)))")
        if let units = reply.units { fields.add("För verksamheterna", Self.units(units)) }
        var text = fields.render()
        if let mail = reply.mail { text += "\n\n" + MailRendering.status(mail) }
        if let schedule = reply.schedule { text += "\n\n" + DigestRendering.schedule(schedule) }
        if let projections = reply.projections, !projections.isEmpty {
            text +=
                "\n\nLäsmodeller:\n"
                + Table(
                    [.init("Namn"), .init("Position"), .init("Efter", alignment: .right)],
                    rows: projections.map { [$0.name, $0.position, "\($0.eventsBehind)"] }
                ).render()
            for failure in projections.compactMap(\.stopped) { text += "\n\n" + stopped(failure) }
        }
        return text
    }

    /// A read model stopped at an event, in plain Swedish, with what to do about it.
    static func stopped(_ failure: ProjectionFailure) -> String {
        "Läsmodellen \(failure.projection) har stannat vid händelse \(failure.position) (\(failure.eventType) i "
            + "\(failure.stream)) sedan \(Swedish.instant(failure.since)): \(failure.error)\n"
            + "Listor som bygger på den kan vara inaktuella. Efter en uppgradering som rättar felet: starta om "
            + "daemonen eller kör `tredjekraft projection rebuild \(failure.projection)`."
    }

    /// What `projection rebuild` answers.
    static func rebuilt(_ projection: StatusReply.Projection) -> String {
        if let failure = projection.stopped {
            return "Läsmodellen \(projection.name) byggdes om men stannade igen.\n" + stopped(failure)
        }
        return "Läsmodellen \(projection.name) är ombyggd och har kommit till \(projection.position)."
    }

    /// The warning a query's reply gets when a read model it reads has stopped (its `stale`).
    static func staleWarning(_ stale: [ProjectionFailure]) -> String {
        "Obs! Svaret kan vara inaktuellt: läsmodellen "
            + stale.map { "\($0.projection) har stannat vid händelse \($0.position)" }.joined(separator: ", ")
            + ". Se `tredjekraft status`."
    }

    /// "version 3 (den senaste)", or how far the database is from what this daemon knows.
    static func schemaVersion(_ reply: StatusReply) -> String {
        guard let version = reply.migrationVersion else { return "version okänd" }
        if version == reply.latestMigrationVersion { return "version \(version) (den senaste)" }
        return "version \(version) (daemonen känner till \(reply.latestMigrationVersion))"
    }

    static func database(_ database: StatusReply.Database) -> String {
        let kind = database.embedded ? "inbyggd" : "extern"
        let since = Swedish.instant(database.since)
        switch database.state {
        case "ok": return "nås (\(kind), sedan \(since))"
        case "starting": return "startar (\(kind))"
        case "unreachable": return "NÅS INTE sedan \(since)" + (database.reason.map { ": \($0)" } ?? "")
        default: return database.state
        }
    }

    static func whoAmI(_ reply: WhoAmIReply) -> String {
        var fields = Fields()
        fields.add("Användare", "\(reply.user) (uid \(reply.uid))")
        fields.add("Grupper", reply.groups.isEmpty ? Swedish.none : reply.groups.joined(separator: ", "))
        fields.add("Roll", Swedish.role(reply.role))
        fields.add("Får ändra", Swedish.yesNo(reply.canWrite))
        if let units = reply.units { fields.add("För verksamheterna", Self.units(units)) }
        var text = fields.render()
        if reply.role == nil {
            text +=
                "\n\nDu har ingen roll i Tredje kraften. Be IT lägga till din användare eller en av dina grupper "
                + "under roles.reader, roles.coordinator eller roles.admin i /etc/tredjekraft/tredjekraft.yaml."
        }
        return text
    }

    /// "Vuxenstöd Lund (samordnare), Biskopsgården (läsare)".
    static func units(_ units: [UnitRoleEntry]) -> String {
        units.map { "\($0.unit) (\(Swedish.role($0.role)))" }.joined(separator: ", ")
    }
}
