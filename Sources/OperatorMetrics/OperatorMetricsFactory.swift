import CoreMetrics
import Prometheus

/// swift-metrics' factory over one daemon's registry, giving each metric of ``OperatorMetric`` its HELP
/// text and buckets.
///
/// swift-prometheus's own factory registers every metric with an empty HELP, and its registry stops the
/// process when one name is registered with two different HELP texts; so metrics made through the
/// swift-metrics API get theirs here, from the one list, and never disagree. Removal goes through
/// swift-prometheus's factory.
struct OperatorMetricsFactory: MetricsFactory {
    let prometheus: PrometheusMetricsFactory

    init(registry: PrometheusCollectorRegistry) {
        self.prometheus = PrometheusMetricsFactory(registry: registry)
    }

    private var registry: PrometheusCollectorRegistry { prometheus.registry }

    /// The whole label as the metric's name (the unit is already part of it), with its HELP text.
    private static func descriptor(_ label: String) -> MetricNameDescriptor {
        MetricNameDescriptor(metricName: label, unitName: "", helpText: OperatorMetric(rawValue: label)?.help ?? "")
    }

    func makeCounter(label: String, dimensions: [(String, String)]) -> any CounterHandler {
        registry.makeCounter(descriptor: Self.descriptor(label), labels: dimensions)
    }

    func makeFloatingPointCounter(label: String, dimensions: [(String, String)]) -> any FloatingPointCounterHandler {
        registry.makeCounter(descriptor: Self.descriptor(label), labels: dimensions)
    }

    func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler {
        guard aggregate else { return registry.makeGauge(descriptor: Self.descriptor(label), labels: dimensions) }
        return registry.makeValueHistogram(
            descriptor: Self.descriptor(label), labels: dimensions,
            buckets: prometheus.valueHistogramBuckets[label] ?? prometheus.defaultValueHistogramBuckets)
    }

    func makeMeter(label: String, dimensions: [(String, String)]) -> any MeterHandler {
        registry.makeGauge(descriptor: Self.descriptor(label), labels: dimensions)
    }

    func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler {
        registry.makeDurationHistogram(
            descriptor: Self.descriptor(label), labels: dimensions,
            buckets: OperatorMetric(rawValue: label)?.buckets ?? prometheus.defaultDurationHistogramBuckets)
    }

    func destroyCounter(_ handler: any CounterHandler) { prometheus.destroyCounter(handler) }
    func destroyFloatingPointCounter(_ handler: any FloatingPointCounterHandler) {
        prometheus.destroyFloatingPointCounter(handler)
    }
    func destroyRecorder(_ handler: any RecorderHandler) { prometheus.destroyRecorder(handler) }
    func destroyMeter(_ handler: any MeterHandler) { prometheus.destroyMeter(handler) }
    func destroyTimer(_ handler: any TimerHandler) { prometheus.destroyTimer(handler) }
}
