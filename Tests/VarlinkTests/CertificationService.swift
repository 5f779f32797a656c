import Foundation
import Synchronization

@testable import Varlink

/// `org.varlink.certification` on our ``VarlinkServer``, for the Python reference client to certify
/// the server. Test-only: the daemon does not serve it.
///
/// Like the reference server, it remembers per client which method must come next and checks every
/// call — its method, its `more`/`oneway` flags and every parameter — against the script in
/// ``Certification``. A wrong call answers `CertificationError` with what was wanted and what came,
/// and forgets the client, so a client that went wrong once cannot reach `End`.
final class CertificationService: Sendable {
    /// The method each started client must call next, by client id.
    private let nextMethod = Mutex<[String: String]>([:])
    /// Clients that went through the whole script to `End`.
    private let certified = Mutex(0)

    /// How many clients reached `End` with every check passed.
    var certifiedClients: Int { certified.withLock { $0 } }

    static let clientIDError = VarlinkError(name: "org.varlink.certification.ClientIdError")

    static func certificationError(wants: VarlinkObject, got: VarlinkObject) -> VarlinkError {
        VarlinkError(
            name: "org.varlink.certification.CertificationError",
            parameters: ["wants": .object(wants), "got": .object(got)])
    }

    func makeInterface() throws -> VarlinkInterface {
        var interface = try VarlinkInterface(definition: Certification.definition)
        interface.addMethod("Start") { call in
            try Self.check(call, wants: Self.message("Start", parameters: [:]))
            let clientID = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            self.nextMethod.withLock { $0[clientID] = Certification.steps[0].method }
            return ["client_id": VarlinkValue.string(clientID)] as VarlinkObject
        }
        for (index, step) in Certification.steps.enumerated() {
            let next = index + 1 < Certification.steps.count ? Certification.steps[index + 1].method : "Test10"
            interface.addMethod(step.method) { call in
                try self.advance(call, to: next) { clientID in
                    Self.message(step.method, parameters: Certification.parameters(ofStep: index, clientID: clientID))
                }
                return step.reply
            }
        }
        interface.addStreamingMethod("Test10", parameters: VarlinkObject.self) { _, call, replies in
            try self.advance(call, to: "Test11") { clientID in
                Self.message(
                    "Test10",
                    parameters: Certification.parameters(ofStep: Certification.steps.count, clientID: clientID),
                    more: true)
            }
            for reply in Certification.streamedReplies.dropLast() {
                try await replies.send(reply)
            }
            return Certification.streamedReplies.last!
        }
        interface.addMethod("Test11") { call -> VarlinkEmpty in
            try self.advance(call, to: "End") { clientID in
                let strings = Certification.streamedReplies.map { $0["string"]! }
                return Self.message(
                    "Test11", parameters: ["client_id": .string(clientID), "last_more_replies": .array(strings)],
                    oneway: true)
            }
            return VarlinkEmpty()
        }
        interface.addMethod("End") { call in
            try self.advance(call, to: nil) { clientID in
                Self.message("End", parameters: ["client_id": .string(clientID)])
            }
            self.certified.withLock { $0 += 1 }
            return Certification.endReply
        }
        return interface
    }

    /// Checks that `call` is the method its client must call now and carries what `wants` builds
    /// for it; then expects `next` (nil: the client is done).
    private func advance(
        _ call: VarlinkCall, to next: String?, wants: (_ clientID: String) -> VarlinkObject
    ) throws(VarlinkError) {
        guard let clientID = call.parameters["client_id"]?.stringValue,
            let expected = nextMethod.withLock({ $0[clientID] })
        else { throw Self.clientIDError }
        do throws(VarlinkError) {
            guard expected == call.methodName else {
                throw Self.certificationError(
                    wants: ["method": .string("\(Certification.interfaceName).\(expected)")],
                    got: ["method": .string(call.method)])
            }
            try Self.check(call, wants: wants(clientID))
        } catch {
            _ = nextMethod.withLock { $0.removeValue(forKey: clientID) }
            throw error
        }
        nextMethod.withLock { $0[clientID] = next }
    }

    /// The call as the reference server compares it: method, parameters and the flags that are set.
    private static func check(_ call: VarlinkCall, wants: VarlinkObject) throws(VarlinkError) {
        let got = message(call.methodName, parameters: call.parameters, more: call.more, oneway: call.oneway)
        guard Certification.matches(.object(got), .object(wants)) else {
            throw certificationError(wants: wants, got: got)
        }
    }

    private static func message(
        _ method: String, parameters: VarlinkObject, more: Bool = false, oneway: Bool = false
    ) -> VarlinkObject {
        var message: VarlinkObject = ["method": .string("\(Certification.interfaceName).\(method)")]
        if !parameters.isEmpty { message["parameters"] = .object(parameters) }
        if more { message["more"] = true }
        if oneway { message["oneway"] = true }
        return message
    }
}
