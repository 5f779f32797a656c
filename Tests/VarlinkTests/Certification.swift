import Foundation

@testable import Varlink

/// The script of `org.varlink.certification`, shared by our certification service and by the test
/// that drives the Python reference server, so both directions check exactly the same values.
///
/// Each step's call carries the `client_id` from `Start` and what the previous step returned; the
/// values are the ones the Varlink project's reference implementation sends and expects.
enum Certification {
    static let interfaceName = "org.varlink.certification"

    static let definition: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("org.varlink.certification.varlink")
        return try! String(contentsOf: url, encoding: .utf8)
    }()

    /// One plain call: the method (short name) and its reply. Its parameters are the previous reply.
    struct Step: Sendable {
        var method: String
        var reply: VarlinkObject
    }

    static let map: VarlinkValue = ["foo": "Foo", "bar": "Bar"]

    /// A `[string]()` set on the wire: each member a key with an empty object.
    static let set: VarlinkValue = ["one": [:], "two": [:], "three": [:]]

    /// Test05's four values, sent back field by field in Test06 and as a struct in Test07.
    static let scalars: VarlinkObject = [
        "bool": false, "int": 2, "float": .double(Double.pi), "string": "a lot of string",
    ]

    /// Test09's reply, to be sent back unchanged (its nullable members may be left out) in Test10.
    static let myType: VarlinkValue = [
        "object": ["method": "org.varlink.certification.Test09", "parameters": ["map": map]],
        "enum": "two",
        "struct": ["first": 1, "second": "2"],
        "array": ["one", "two", "three"],
        "dictionary": map,
        "stringset": set,
        "nullable": nil,
        "nullable_array_struct": nil,
        "interface": [
            "foo": [nil, ["foo": "foo", "bar": "bar"], nil, ["one": "foo", "two": "bar"]],
            "anon": ["foo": true, "bar": false],
        ],
    ]

    /// Test01 … Test09, in order.
    static let steps: [Step] = [
        Step(method: "Test01", reply: ["bool": true]),
        Step(method: "Test02", reply: ["int": 1]),
        Step(method: "Test03", reply: ["float": 1.0]),
        Step(method: "Test04", reply: ["string": "ping"]),
        Step(method: "Test05", reply: scalars),
        Step(method: "Test06", reply: ["struct": .object(scalars)]),
        Step(method: "Test07", reply: ["map": map]),
        Step(method: "Test08", reply: ["set": set]),
        Step(method: "Test09", reply: ["mytype": myType]),
    ]

    /// Test10's replies, in order; all but the last carry `continues`.
    static let streamedReplies: [VarlinkObject] = (1...10).map { ["string": .string("Reply number \($0)")] }

    static let endReply: VarlinkObject = ["all_ok": true]

    /// The parameters of step `index` (Test01 is 0) for `clientID`: the previous step's reply.
    static func parameters(ofStep index: Int, clientID: String) -> VarlinkObject {
        let previous = index == 0 ? [:] : steps[index - 1].reply
        return previous.merging(["client_id": .string(clientID)]) { _, id in id }
    }

    /// Whether `got` carries what `wants` asks for, as the protocol reads JSON: an object member
    /// that is `null` is the same as one left out (a nullable field may be either), key order does
    /// not matter, and numbers compare by value (`1` is the float `1.0`, as in systemd's sd-json and
    /// the reference implementation). Everything else must match exactly; a bool is never a number.
    static func matches(_ got: VarlinkValue, _ wants: VarlinkValue) -> Bool {
        switch (got, wants) {
        case (.object(let got), .object(let wants)):
            let gotMembers = got.filter { $0.value != .null }
            let wantedMembers = wants.filter { $0.value != .null }
            return gotMembers.count == wantedMembers.count
                && wantedMembers.allSatisfy { key, value in gotMembers[key].map { matches($0, value) } ?? false }
        case (.array(let got), .array(let wants)):
            return got.count == wants.count && zip(got, wants).allSatisfy { matches($0, $1) }
        case (.int, .double), (.double, .int):
            return got.doubleValue == wants.doubleValue
        default:
            return got == wants
        }
    }
}

extension VarlinkValue {
    /// The number as a double, for comparing an integer with a float.
    fileprivate var doubleValue: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }
}
