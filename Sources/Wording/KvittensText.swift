/// What the admin socket says about brukarkvittens where the domain can only name ids: the edge looks
/// the names up in the catalog and words the refusal here.
package enum KvittensText {
    /// `issue verify` refused while a kvittens is awaited (`kvittens_missing`), naming who is awaited:
    /// "Ärendet kan inte följas upp än: Brukarrådet i Lund har inte sagt om ändringen fungerar som de
    /// menade. …"
    package static func verifyRefused(awaited names: [String]) -> String {
        "Ärendet kan inte följas upp än: \(Swedish.list(names)) har inte sagt om ändringen fungerar som de menade. "
            + "Registrera deras brukarkvittens först. Har de inte tillfrågats eller inte svarat, "
            + "till exempel för att rådet är nedlagt, kan ärendet följas upp utan brukarkvittens "
            + "om du skriver varför."
    }
}
