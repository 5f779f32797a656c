import AdminProtocol
import ArgumentParser
import ReadModelTypes

/// Names one source of an issue — a proposal, a finding or an action item — by its id, as
/// `issue open`, `link` and `reopen` take it: exactly one of the three options.
struct SourceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Ett förslag från ett brukarråd.", valueName: "id"))
    var proposal: String?

    @Option(help: ArgumentHelp("En iakttagelse i en brukarrevision.", valueName: "id"))
    var finding: String?

    @Option(name: .customLong("action-item"), help: ArgumentHelp("En åtgärd i en handlingsplan.", valueName: "id"))
    var actionItem: String?

    func validate() throws {
        let given = [proposal, finding, actionItem].compactMap(\.self)
        guard given.count == 1 else {
            throw ValidationError("Ange precis en källa: --proposal, --finding eller --action-item följt av dess id.")
        }
    }

    /// The source as the interface takes it; `validate()` has made sure there is exactly one.
    var source: SourceRef {
        if let proposal { return SourceRef(kind: .proposal, id: proposal) }
        if let finding { return SourceRef(kind: .finding, id: finding) }
        return SourceRef(kind: .actionItem, id: actionItem ?? "")
    }
}
