import AdminServer

/// `mail.inbound.*`: how the daemon takes mail that comes in (`tredjekraft mail receive`).
extension ConfigurationLoader {
    static let inboundKeys: Set<String> = ["mail.inbound.max_per_sender_per_hour"]

    func readInbound(_ values: KeyReader) async throws(ConfigurationError) -> Int {
        let key = "mail.inbound.max_per_sender_per_hour"
        let limit = try await values.int(key) ?? InboundMailSettings.defaultMaxPerSenderPerHour
        guard (1...10_000).contains(limit) else {
            throw .invalidValue(
                key: key, value: "\(limit)",
                reason: "give how many messages one address may send within an hour, 1–10000 (default 20)")
        }
        return limit
    }
}
