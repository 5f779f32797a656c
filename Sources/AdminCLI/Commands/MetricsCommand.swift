import AdminProtocol
import ArgumentParser
import Varlink

/// `tredjekraft metrics`: the daemon's figures in Prometheus's text format, printed as the daemon gives
/// them, for node_exporter's textfile collector (the daemon opens no network port of its own).
struct MetricsCommand: DaemonCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Skriv daemonens mätvärden i Prometheus textformat, för övervakning.",
        discussion: """
            Mätvärdena: anrop till daemonen per metod och utfall, hur lång tid det tar att spara händelser, \
            hur långt efter läsmodellerna ligger, vad som håller loggen tillbaka, e-postkön, när påminnelserna \
            och månadsbreven senast kördes enligt schemat och om databasen nås. Räknarna räknar från det att \
            daemonen startade. Rollen läsare räcker.

            För node_exporters textfilsinsamlare, t.ex. från en systemd-timer (skriv till en tillfällig fil \
            och byt namn, så att insamlaren aldrig läser en halv fil):
              d=/var/lib/node_exporter/textfile_collector
              tredjekraft metrics > $d/tredjekraft.prom.$$ &&
                mv $d/tredjekraft.prom.$$ $d/tredjekraft.prom

            Exempel:
              tredjekraft metrics
              tredjekraft metrics | grep tredjekraft_mail_outbox_messages
            """)

    @OptionGroup var global: GlobalOptions

    func run(on console: Console) async throws {
        try await show(.metrics, VarlinkEmpty(), on: console) { (reply: MetricsReply) in reply.text }
    }
}
