import Domain

/// Stable ids for the demo: each UUID is derived from a name (``NameDerivedUUID``), so the same demo
/// always has the same ids and the README can name one (`tredjekraft trace <id>`) that works on every
/// machine, every day.
enum DemoID {
    /// The id of the given kind named `name`, e.g. `DemoID.make("lund/förslag/umgänge")`.
    static func make<Kind>(_ name: String) -> Identifier<Kind> {
        Identifier(NameDerivedUUID.uuid(name))
    }
}
