import NIOCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension VarlinkServer {
    struct ProtocolViolation: Error {
        var parameter: String
        var reason: String
    }

    /// Validates one frame into a call message, naming exactly what is wrong otherwise.
    static func parse(frame: ByteBuffer) -> Result<VarlinkCallMessage, ProtocolViolation> {
        let bytes = frame.readableBytesView
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure(ProtocolViolation(parameter: "message", reason: "the message is not valid UTF-8"))
        }
        let value: VarlinkValue
        do {
            value = try VarlinkJSON.decoder().decode(VarlinkValue.self, from: Data(bytes))
        } catch {
            return .failure(ProtocolViolation(parameter: "message", reason: "the message is not valid JSON"))
        }
        guard case .object(let object) = value else {
            return .failure(ProtocolViolation(parameter: "message", reason: "the message is not a JSON object"))
        }
        guard let method = object["method"]?.stringValue, !method.isEmpty else {
            return .failure(
                ProtocolViolation(parameter: "method", reason: "the call has no \"method\" string"))
        }
        var parameters: VarlinkObject? = nil
        switch object["parameters"] {
        case nil, .null?: break
        case .object(let value)?: parameters = value
        default:
            return .failure(
                ProtocolViolation(parameter: "parameters", reason: "\"parameters\" must be an object or null"))
        }
        func flag(_ name: String) -> Result<Bool?, ProtocolViolation> {
            switch object[name] {
            case nil, .null?: return .success(nil)
            case .bool(let value)?: return .success(value)
            default: return .failure(ProtocolViolation(parameter: name, reason: "\"\(name)\" must be a boolean"))
            }
        }
        do {
            let oneway = try flag("oneway").get()
            let more = try flag("more").get()
            let upgrade = try flag("upgrade").get()
            if upgrade == true {
                return .failure(
                    ProtocolViolation(parameter: "upgrade", reason: "protocol upgrades are not supported"))
            }
            return .success(VarlinkCallMessage(method: method, parameters: parameters, oneway: oneway, more: more))
        } catch {
            return .failure(error)
        }
    }
}
