import AdminProtocol
import ArgumentParser
import Domain
import ReadModelTypes
import Wording

/// A fixed set of values the interface takes by their wire names (`bemotande`, `in_preparation`),
/// each with the Swedish words a coordinator knows it by.
protocol WireValue: CaseIterable, RawRepresentable, Sendable, Equatable where RawValue == String {
    /// How the value is shown to people, e.g. "Bemötande".
    var swedish: String { get }
}

/// An option or argument that takes one ``WireValue`` by its wire name. Help lists every value with
/// its Swedish label, and shell completion offers them.
///
/// A wrapper rather than making the domain's enums `ExpressibleByArgument` themselves, so the
/// domain knows nothing of the command line.
struct Choice<Value: WireValue>: ExpressibleByArgument, Sendable, Equatable {
    var value: Value

    init(_ value: Value) { self.value = value }

    init?(argument: String) {
        guard let value = Value(rawValue: argument) else { return nil }
        self.value = value
    }

    var defaultValueDescription: String { value.rawValue }

    static var allValueStrings: [String] { Value.allCases.map(\.rawValue) }

    static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: Value.allCases.map { ($0.rawValue, $0.swedish) })
    }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

extension QualityArea: WireValue {
    var swedish: String { label }
}

extension IssueStatus: WireValue {
    var swedish: String { label }
}

extension CouncilForm: WireValue {
    var swedish: String {
        switch self {
        case .userCouncil: "Brukarråd"
        case .dialogueMeeting: "Dialogmöte"
        }
    }
}

extension FeedbackOccasion: WireValue {
    var swedish: String {
        switch self {
        case .decision: "Beslut"
        case .implementation: "Genomförande"
        }
    }
}

extension FeedbackChannel: WireValue {
    var swedish: String {
        switch self {
        case .meeting: "Vid ett möte"
        case .letter: "Med brev"
        case .digest: "I månadsbrevet"
        }
    }
}

extension KvittensChannel: WireValue {
    var swedish: String {
        switch self {
        case .meeting: "Vid ett möte"
        case .letter: "Med brev"
        case .mail: "Med mejl"
        }
    }
}

extension SourceRef.Kind: WireValue {
    var swedish: String { label }
}

extension ErasureSubject: WireValue {
    var swedish: String {
        switch self {
        case .proposal: "Förslag"
        case .issue: "Ärende"
        case .finding: "Iakttagelse"
        case .actionItem: "Åtgärd"
        case .meeting: "Möte"
        }
    }
}
