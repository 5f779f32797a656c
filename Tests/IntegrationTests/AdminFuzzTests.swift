import Foundation
import TestSupport
import Testing
import Varlink

extension AdminDaemonTests {
    /// Calls for every method of `io.tredjekraft.admin`, generated from the interface file and
    /// mutated (missing and unknown parameters, wrong types, ±2^31, 2^53+1, -1, 0, NUL, lone
    /// surrogates, 20 kB and 1 MB strings, random changes), sent to the real daemon over its socket.
    ///
    /// Every bad call must be answered with InvalidParameter, NotFound, RuleViolation or (mail being off
    /// in this daemon) MailUnavailable — never
    /// InternalError and never a closed connection — and write nothing; after every batch the daemon
    /// answers Status, has not restarted, and no read model has stopped. Seeded and bounded:
    /// `TREDJEKRAFT_FUZZ_CALLS` (default 300) and `TREDJEKRAFT_FUZZ_SEED` make a longer or another run.
    @Suite struct Fuzz {
        static let prefix = "io.tredjekraft.admin."
        static let allowedErrors: Set<String> = [
            "org.varlink.service.InvalidParameter", prefix + "NotFound", prefix + "RuleViolation",
            prefix + "MailUnavailable",
        ]

        @Test(.timeLimit(.minutes(20))) func generatedCallsGetDeclaredErrorsAndWriteNothingWhenRefused() async throws {
            let environment = ProcessInfo.processInfo.environment
            let calls = environment["TREDJEKRAFT_FUZZ_CALLS"].flatMap(Int.init) ?? 300
            let seed = environment["TREDJEKRAFT_FUZZ_SEED"].flatMap(UInt64.init) ?? 11
            let interface = try InterfaceSignatures(definition: Self.definition)
            // Large enough for the 1 MB strings: the frame limit has tests of its own.
            try await withAdminDaemon(AdminDaemonOptions(maxFrameBytes: 4 << 20)) { daemon in
                let seeded = try await daemon.seedIssue()
                var generator = CallGenerator(seed: seed, interface: interface, seeded: seeded)
                let startedAt = try await daemon.call(Self.prefix + "Status")["startedAt"]
                var events = try await withTestPool { try await daemon.eventCount(pool: $0) }
                var sent = 0
                var answered: [String: Int] = [:]
                while sent < calls {
                    let connection = try await RawSocketClient.connect(to: daemon.socket)
                    for _ in 0..<min(25, calls - sent) {
                        let call = generator.next()
                        sent += 1
                        try await connection.send(call.frame)
                        let shown = "call \(sent) (seed \(seed)): \(call.summary)"
                        guard let reply = try await connection.reply(timeout: .seconds(120)) else {
                            Issue.record(
                                "the daemon closed the connection instead of answering \(shown)\nlog:\n\(daemon.log)")
                            return
                        }
                        let after = try await withTestPool { try await daemon.eventCount(pool: $0) }
                        if let error = reply.error {
                            answered[error, default: 0] += 1
                            #expect(Self.allowedErrors.contains(error), "\(shown) answered \(reply)")
                            #expect(
                                after == events, "\(shown) was refused (\(error)) but wrote \(after - events) events")
                        } else {
                            answered["ok", default: 0] += 1
                        }
                        events = after
                    }
                    await connection.hangUp()
                    // After each batch: the same daemon answers Status, and every read model runs.
                    let status = try await daemon.call(Self.prefix + "Status")
                    #expect(status["startedAt"] == startedAt, "the daemon restarted: \(status)")
                    #expect(daemon.process.process.isRunning)
                    let stopped =
                        status["projections"]?.arrayValue?.compactMap { $0.objectValue?["stopped"] }
                        .filter { $0 != .null } ?? []
                    #expect(stopped.isEmpty, "a read model stopped after call \(sent): \(stopped)")
                }
                // The generator reached every method, and most calls were refused as they should be.
                #expect(
                    generator.methodsCalled
                        == interface.methods.keys.filter { !CallGenerator.streamed.contains($0) }.count)
                #expect(answered.values.reduce(0, +) == calls, "\(answered)")
                if calls >= 100 {
                    #expect(Set(answered.keys) == Self.allowedErrors.union(["ok"]), "\(answered)")
                }
            }
        }

        /// The interface definition, read from the source tree: the contract the calls are made from.
        static let definition: String = {
            let url = URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Sources/AdminServer/io.tredjekraft.admin.varlink")
            return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        }()
    }
}

/// The methods and types of a Varlink interface definition: parameter names and types, enough to
/// make calls from. (The daemon's own parser checks only which methods exist.)
struct InterfaceSignatures {
    /// A field's type: `string`, `int`, `float`, `bool`, `object`, a named type, `?T`, `[]T`.
    indirect enum FieldType {
        case string, int, float, bool, object
        case named(String)
        case optional(FieldType)
        case array(FieldType)
    }

    typealias Fields = [(name: String, type: FieldType)]
    var methods: [String: Fields] = [:]
    var types: [String: Fields] = [:]

    init(definition: String) throws {
        let text = definition.split(separator: "\n").map { line in
            line.firstIndex(of: "#").map { String(line[..<$0]) } ?? String(line)
        }.joined(separator: " ")
        for (keyword, isMethod) in [("method ", true), ("type ", false)] {
            var rest = Substring(text)
            while let range = rest.range(of: keyword) {
                rest = rest[range.upperBound...]
                guard let open = rest.firstIndex(of: "("), let close = Self.matching(rest, open) else { break }
                let name = rest[..<open].trimmingCharacters(in: .whitespaces)
                let fields = try Self.fields(String(rest[rest.index(after: open)..<close]))
                if isMethod { methods[name] = fields } else { types[name] = fields }
                rest = rest[close...]
            }
        }
        guard !methods.isEmpty else { throw TestFailure("no methods in the interface definition") }
    }

    static func matching(_ text: Substring, _ open: Substring.Index) -> Substring.Index? {
        var depth = 0
        for index in text[open...].indices {
            if text[index] == "(" { depth += 1 }
            if text[index] == ")" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    static func fields(_ list: String) throws -> Fields {
        try list.split(separator: ",").compactMap { field in
            let parts = field.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else {
                if parts.first?.isEmpty ?? true { return nil }
                throw TestFailure("cannot read the field \(field)")
            }
            return (parts[0], type(parts[1]))
        }
    }

    static func type(_ text: String) -> FieldType {
        if text.hasPrefix("?") { return .optional(type(String(text.dropFirst()))) }
        if text.hasPrefix("[]") { return .array(type(String(text.dropFirst(2)))) }
        switch text {
        case "string": return .string
        case "int": return .int
        case "float": return .float
        case "bool": return .bool
        case "object": return .object
        default: return .named(text)
        }
    }
}

/// Makes the calls: a plausible call for a method, then mutations of it.
struct CallGenerator {
    struct Call {
        var frame: [UInt8]
        var summary: String
    }

    private var random: SplitMix64
    let interface: InterfaceSignatures
    let seeded: SeededIssue
    private(set) var called = Set<String>()
    var methodsCalled: Int { called.count }

    init(seed: UInt64, interface: InterfaceSignatures, seeded: SeededIssue) {
        random = SplitMix64(seed: seed)
        self.interface = interface
        self.seeded = seeded
    }

    private mutating func pick<T>(_ choices: [T]) -> T { choices[Int(random.next() % UInt64(choices.count))] }
    private mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

    /// Methods that answer only a caller that keeps the connection for more replies.
    static let streamed: Set<String> = ["Follow", "Export"]

    /// Stand-ins replaced in the JSON text by what JSON can carry but a Swift string cannot.
    static let loneSurrogate = "\u{E000}lone-surrogate\u{E000}"

    mutating func next() -> Call {
        // Follow streams until the caller hangs up, Export only to a caller that asks for more: their bad
        // input has tests of its own (FollowTests, ExportMethodTests).
        let names = interface.methods.keys.filter { !Self.streamed.contains($0) }.sorted()
        // Every method once first, so that each is reached whatever the seed; then at random.
        let method = names.first { !called.contains($0) } ?? pick(names)
        called.insert(method)
        var parameters = object(interface.methods[method] ?? [])
        var what = "plausible"
        if chance(85) { what = mutate(&parameters, fields: interface.methods[method] ?? []) }
        var json =
            (try? String(
                decoding: JSONEncoder().encode([
                    "method": VarlinkValue.string(Fuzzing.prefix + method), "parameters": .object(parameters),
                ]), as: UTF8.self)) ?? "{}"
        json = json.replacingOccurrences(
            of: Self.loneSurrogate, with: pick(["\\ud800", "\\udfff", "a\\ud83d", "\\udc00\\ud800"]))
        return Call(frame: Array(json.utf8) + [0], summary: "\(method) \(what): \(json.prefix(300))")
    }

    // MARK: Plausible values

    private mutating func object(_ fields: InterfaceSignatures.Fields) -> VarlinkObject {
        var object: VarlinkObject = [:]
        for (name, type) in fields {
            if case .optional = type, chance(50) { continue }
            object[name] = value(name, type)
        }
        return object
    }

    private mutating func value(_ name: String, _ type: InterfaceSignatures.FieldType) -> VarlinkValue {
        switch type {
        case .optional(let wrapped): return value(name, wrapped)
        case .array(let element):
            var elements: [VarlinkValue] = []
            for _ in 0..<(random.next() % 3) { elements.append(value(name, element)) }
            return .array(elements)
        case .bool: return .bool(chance(50))
        case .int:
            let number: UInt64 = name == "level" ? random.next() % 5 + 1 : random.next() % 40
            return .int(Int64(number))
        case .float: return .double(1.5)
        case .object: return .object([:])
        case .named(let typeName): return .object(object(interface.types[typeName] ?? []))
        case .string: return string(name)
        }
    }

    private mutating func string(_ name: String) -> VarlinkValue {
        let ids = [seeded.unitId, seeded.councilId, seeded.proposalId, seeded.issueId]
        switch name {
        case "commandId": return .string(UUID().uuidString)
        case "unitId": return .string(pick([seeded.unitId, String(seeded.unitId.prefix(8)), UUID().uuidString]))
        case "councilId":
            return .string(pick([seeded.councilId, String(seeded.councilId.prefix(8)), UUID().uuidString]))
        case "proposalId": return .string(pick([seeded.proposalId, UUID().uuidString]))
        case "issueId", "survivorId":
            return .string(pick([seeded.issueId, String(seeded.issueId.prefix(8)), UUID().uuidString]))
        case "id", "sourceId", "meetingId", "revisionId", "certificationId", "renews":
            return .string(pick(ids + [UUID().uuidString, "abc", String(seeded.proposalId.prefix(6))]))
        case "heldOn", "periodStart", "periodEnd", "publishedOn", "startedOn", "dueDate", "adoptedOn", "certifiedOn",
            "givenOn", "from", "to", "date":
            return .string(pick(["2026-01-08", "2025-12-01", "2026-02-30", "0001-01-01", "9999-12-31", "2026-1-8"]))
        case "month": return .string(pick(["2026-11", "2026-13", "26-11", "2026-1", "9999-12", "0000-01", "2025-02"]))
        case "form": return .string(pick(["brukarrad", "dialogmote", "rad"]))
        case "qualityArea", "area": return .string(pick(["bemotande", "information", "utbildning", "okänd"]))
        case "outcome": return .string(pick(["accepted", "partially_accepted", "rejected", "maybe"]))
        case "occasion": return .string(pick(["decision", "implementation", "later"]))
        case "channel": return .string(pick(["meeting", "letter", "digest", "pigeon"]))
        case "kind", "sourceKind": return .string(pick(["proposal", "finding", "actionItem", "other"]))
        case "status": return .string(pick(["registered", "decided", "sleeping"]))
        case "name" where chance(30): return .string(pick(["catalog", "issues", "timeline", "outbox", "nonsense"]))
        case "after": return .string(pick(["0/0", "1/2", "x"]))
        default:
            return .string(pick(["Vuxenstöd", "Ett förslag om öppettider", "Enhetschef", "  ", "Ledningsgruppen"]))
        }
    }

    // MARK: Mutations

    /// The hostile values of issue 11.
    private mutating func hostile() -> VarlinkValue {
        pick([
            .int(2_147_483_648), .int(-2_147_483_648), .int(2_147_483_647), .int(-2_147_483_649),
            .int(9_007_199_254_740_993), .int(-1), .int(0), .int(Int64.max), .int(Int64.min), .double(1e300),
            .double(-0.5),
            .string("a\u{0000}b"), .string("\u{0000}"), .string(Self.loneSurrogate), .string("x" + Self.loneSurrogate),
            .string(String(repeating: "å", count: 10_000)), .string(String(repeating: "x", count: 20_000)),
            .string(String(repeating: "y", count: 1_000_000)), .string(""), .string("\u{202E}\u{200B}"),
            .bool(true), .null, .array([.int(1)]), .object(["x": .int(1)]), .string("'; DROP TABLE events; --"),
        ])
    }

    private mutating func mutate(_ parameters: inout VarlinkObject, fields: InterfaceSignatures.Fields) -> String {
        let names = fields.map(\.name)
        switch random.next() % 6 {
        case 0 where !names.isEmpty:
            let name = pick(names)
            parameters[name] = nil
            return "without \(name)"
        case 1:
            parameters[pick(["bogus", "filter2", "\u{0000}", "__proto__"])] = hostile()
            return "with an unknown key"
        case 2 where !names.isEmpty:
            // Inside a struct parameter (filter, source) as well as at the top.
            let name = pick(names)
            if case .object(var inner)? = parameters[name], let key = inner.keys.sorted().first, chance(60) {
                inner[key] = hostile()
                parameters[name] = .object(inner)
                return "\(name).\(key) hostile"
            }
            parameters[name] = hostile()
            return "\(name) hostile"
        case 3 where !names.isEmpty:
            // Every field hostile at once.
            for name in names where chance(50) { parameters[name] = hostile() }
            return "many hostile"
        case 4 where !names.isEmpty:
            let name = pick(names)
            parameters[name] = pick([.int(7), .string("7"), .bool(false), .array([]), .object([:]), .double(0.1)])
            return "\(name) of a wrong type"
        default:
            return "plausible"
        }
    }
}

enum Fuzzing {
    static let prefix = "io.tredjekraft.admin."
}
