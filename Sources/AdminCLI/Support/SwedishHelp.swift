import Foundation

/// `tredjekraft --help` (and `help`, and `--help` on every subcommand) written in Swedish from the
/// command tree, instead of argument-parser's English headings ("OVERVIEW:", "USAGE:") and its own
/// options ("Show help information.").
///
/// The texts are the commands' own (abstract, discussion, each argument's help); only the frame and
/// argument-parser's built-in flags are ours. The same usage line replaces argument-parser's in its
/// error messages (``usage(_:)``), so help and errors agree.
enum SwedishHelp {
    /// The subcommand words of a help request in `arguments` — `tredjekraft issue decide --help`,
    /// `tredjekraft help issue decide`, `tredjekraft issue -h` — or `nil` when help was not asked for.
    /// Words after `--` are text, not requests.
    static func request(in arguments: [String]) -> [String]? {
        let options = Array(arguments.prefix { $0 != "--" })
        if options.first == "help" {
            return Array(options.dropFirst().prefix { !$0.hasPrefix("-") })
        }
        guard options.contains(where: { $0 == "--help" || $0 == "-h" }) else { return nil }
        return options.filter { !$0.hasPrefix("-") }
    }

    /// The whole help for the command that `words` name (as far as they name one).
    static func render(_ words: [String], tree: HelpTree = .tredjekraft) -> String {
        let path = tree.path(words)
        let command = path[path.count - 1]
        let name = path.map(\.commandName).joined(separator: " ")
        var sections: [String] = []
        sections.append(name + (command.abstract.map { " – " + $0 } ?? ""))
        sections.append("Användning: " + usage(path))
        if let discussion = command.discussion, !discussion.isEmpty { sections.append(discussion) }
        let visible = ownArguments(command)
        let positionals = visible.filter { $0.kind == .positional }
        if !positionals.isEmpty {
            sections.append("Argument:\n" + list(positionals.map { (placeholder($0), describe($0)) }))
        }
        let options = visible.filter { $0.kind != .positional }
        var optionRows = options.map { (spelling($0), describe($0)) }
        optionRows.append(("-h, --help", helpText))
        if path.count == 1 { optionRows.append(("--version", versionText)) }
        sections.append("Flaggor:\n" + list(optionRows))
        let subcommands = (command.subcommands ?? []).filter { $0.shouldDisplay ?? true }
        if !subcommands.isEmpty {
            sections.append(
                "Underkommandon:\n"
                    + list(
                        subcommands.map {
                            ($0.commandName, $0.commandName == "help" ? helpCommandText : $0.abstract ?? "")
                        })
                    + "\n\nMer om ett underkommando: \(name) UNDERKOMMANDO --help")
        }
        return sections.joined(separator: "\n\n")
    }

    /// What `-h, --help` does.
    static let helpText = "Visa den här hjälpen."
    /// What the `help` subcommand does.
    static let helpCommandText = "Visa hjälpen för ett underkommando, t.ex. tredjekraft help issue decide."
    /// What `--version` does.
    static let versionText = "Visa versionen."

    /// "tredjekraft issue decide <id> (--accept|--partially|--reject) --motivation <text> [flaggor]":
    /// the required arguments spelled out, a flag that must be one of several as alternatives, and
    /// the optional ones summed up.
    static func usage(_ path: [HelpTree.Command]) -> String {
        let command = path[path.count - 1]
        var words = [path.map(\.commandName).joined(separator: " ")]
        let arguments = ownArguments(command)
        var choice: [String] = []
        func endChoice() {
            if choice.count > 1 {
                words.append("(" + choice.joined(separator: "|") + ")")
            } else if let one = choice.first {
                words.append(one)
            }
            choice = []
        }
        var hasOptional = false
        for argument in arguments {
            // A flag without a default is one of an exclusive set (an EnumerableFlag): one must be given.
            if argument.kind == .flag, !argument.isOptional {
                choice.append(argument.preferredName?.spelled ?? "")
                continue
            }
            endChoice()
            if argument.isOptional {
                hasOptional = true
                continue
            }
            switch argument.kind {
            case .positional: words.append(placeholder(argument) + (argument.isRepeating ? " …" : ""))
            case .option: words.append((argument.preferredName?.spelled ?? "") + " " + placeholder(argument))
            case .flag: words.append(argument.preferredName?.spelled ?? "")
            }
        }
        endChoice()
        let optionalPositionals = arguments.filter { $0.kind == .positional && $0.isOptional }
        if hasOptional { words.append("[flaggor]") }
        words += optionalPositionals.map { "[" + placeholder($0) + "]" }
        if let subcommands = command.subcommands, !subcommands.isEmpty { words.append("UNDERKOMMANDO") }
        return words.joined(separator: " ")
    }

    /// argument-parser's error text with its usage line replaced by ours for the command `words` name.
    static func replacingUsage(in message: String, words: [String], tree: HelpTree = .tredjekraft) -> String {
        let marker = "\nUsage: "
        guard let start = message.range(of: marker) else { return message }
        let end = message[start.upperBound...].firstIndex(of: "\n") ?? message.endIndex
        return message[..<start.upperBound] + usage(tree.path(words)) + message[end...]
    }

    /// The arguments a command declares and shows, without argument-parser's own `--help` and
    /// `--version` (which the help lists in Swedish itself).
    static func ownArguments(_ command: HelpTree.Command) -> [HelpTree.Argument] {
        (command.arguments ?? []).filter { argument in
            argument.shouldDisplay
                && !(argument.names ?? []).contains { $0.kind == .long && ($0.name == "help" || $0.name == "version") }
        }
    }

    private static func placeholder(_ argument: HelpTree.Argument) -> String {
        "<" + (argument.valueName ?? "värde") + ">"
    }

    private static func spelling(_ argument: HelpTree.Argument) -> String {
        let names = (argument.names ?? []).sorted { $0.kind == .short && $1.kind != .short }
        let spelled = names.map(\.spelled).joined(separator: ", ")
        return argument.kind == .option ? spelled + " " + placeholder(argument) : spelled
    }

    private static func describe(_ argument: HelpTree.Argument) -> String {
        var text = argument.abstract ?? ""
        if let discussion = argument.discussion, !discussion.isEmpty { text += "\n" + discussion }
        if let descriptions = argument.allValueDescriptions, let values = argument.allValues, argument.kind != .flag {
            text += values.map { "\n  \($0) – \(descriptions[$0] ?? $0)" }.joined()
        }
        if let value = argument.defaultValue, !value.isEmpty, argument.kind != .flag {
            text += "\n(Om du inte anger något: \(value).)"
        }
        return text
    }

    /// Two columns: the names and their explanation, the explanation's later lines under its first.
    private static func list(_ rows: [(String, String)]) -> String {
        let width = min(28, rows.reduce(0) { max($0, $1.0.count) })
        let indent = String(repeating: " ", count: width + 4)
        return rows.map { name, text in
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = lines.first.map(String.init) ?? ""
            let rest = lines.dropFirst().map { indent + $0 }
            let head: String
            if name.count > width {
                head = "  " + name + (first.isEmpty ? "" : "\n" + indent + first)
            } else {
                head = "  " + name + String(repeating: " ", count: width - name.count + 2) + first
            }
            return ([head.trimmingTrailingSpaces()] + rest).joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
