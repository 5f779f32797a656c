import ArgumentParser
import Foundation

/// The command tree as argument-parser describes it (its `--experimental-dump-help` JSON, the
/// public `ToolInfoV0` format), read into the few fields ``SwedishHelp`` needs to write help itself.
struct HelpTree: Decodable, Sendable {
    struct Name: Decodable, Sendable, Equatable {
        enum Kind: String, Decodable, Sendable {
            case long, short, longWithSingleDash
        }

        var kind: Kind
        var name: String

        var spelled: String {
            switch kind {
            case .long: "--" + name
            case .short: "-" + name
            case .longWithSingleDash: "-" + name
            }
        }
    }

    struct Argument: Decodable, Sendable {
        enum Kind: String, Decodable, Sendable {
            case positional, option, flag
        }

        var kind: Kind
        var shouldDisplay: Bool
        var isOptional: Bool
        var isRepeating: Bool
        var names: [Name]?
        var preferredName: Name?
        var valueName: String?
        var defaultValue: String?
        var allValues: [String]?
        var allValueDescriptions: [String: String]?
        var abstract: String?
        var discussion: String?
    }

    struct Command: Decodable, Sendable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var subcommands: [Command]?
        var arguments: [Argument]?

        /// The subcommand called `name`, if this command has one.
        func subcommand(_ name: String) -> Command? {
            subcommands?.first { $0.commandName == name }
        }
    }

    private struct Envelope: Decodable {
        var command: Command
    }

    /// The root command, `tredjekraft`.
    var root: Command

    /// `tredjekraft`'s tree, read once.
    static let tredjekraft: HelpTree = {
        let json = Tredjekraft._dumpHelp()
        // The tree is made from the commands' own declarations; it cannot fail to decode unless
        // argument-parser changes its published format, which a test would show at once.
        let envelope = try? JSONDecoder().decode(Envelope.self, from: Data(json.utf8))
        return HelpTree(root: envelope?.command ?? Command(commandName: "tredjekraft"))
    }()

    /// The commands named by the leading words of `words` (`["issue", "decide"]`), from the root.
    func path(_ words: [String]) -> [Command] {
        var path = [root]
        for word in words {
            guard let next = path[path.count - 1].subcommand(word) else { break }
            path.append(next)
        }
        return path
    }
}
