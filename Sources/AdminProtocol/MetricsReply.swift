/// The reply of `Metrics`: the daemon's figures in Prometheus's text exposition format, which
/// `tredjekraft metrics` prints unchanged for node_exporter's textfile collector.
package struct MetricsReply: Codable, Sendable, Equatable {
    package var text: String

    package init(text: String) {
        self.text = text
    }
}
