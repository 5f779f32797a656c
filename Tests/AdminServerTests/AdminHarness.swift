import AdminProtocol
import AppTestSupport
import EventStore
import Foundation
import Logging
import Mailer
import PersonalData
import Policies
import Scheduler
import Testing
import Varlink

@testable import AdminServer

/// The admin interface served on a temporary Unix socket over a fresh test schema: the real
/// server, handlers, command handler and read models, without the rest of the daemon.
struct AdminHarness: Sendable {
    let app: TestApp
    let socketPath: String
    /// What the handlers run with, for tests that ask it directly (scopes of unit roles).
    let context: AdminContext

    static func with<Value: Sendable>(
        mapping: RoleMapping = RoleMapping(), consistencyTimeout: Duration = TestApp.generousConsistencyTimeout,
        mail: MailerConfiguration = .off, followLog: Bool = true, policies: PoliciesConfiguration = .defaults,
        replyKeys: ReplyKeyStore? = nil, inbound: InboundMailSettings = InboundMailSettings(),
        _ body: @Sendable (AdminHarness) async throws -> Value
    ) async throws -> Value {
        try await TestApp.with(consistencyTimeout: consistencyTimeout, followLog: followLog) { app in
            let directory = FileManager.default.temporaryDirectory.path + "/tk-admin-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let logger = Logger(label: "admin-tests")
            let mailer = Mailer(
                store: app.store, readModel: app.readModel, clock: app.organisationClock, configuration: mail,
                logger: logger)
            try await mailer.contacts.migrator.migrate()
            try await InboundMailSenders(store: app.store).migrator.migrate()
            let scheduler = Scheduler(
                policyRun: PolicyRun(
                    store: app.store, readModel: app.readModel, follower: app.runner, clock: app.organisationClock,
                    logger: logger),
                digestRun: DigestRun(
                    store: app.store, readModel: app.readModel, follower: app.runner, clock: app.organisationClock,
                    stateDirectory: URL(fileURLWithPath: directory, isDirectory: true), logger: logger),
                clock: app.organisationClock, configuration: policies, logger: logger)
            var context = AdminContext(
                access: AdminAccess(mapping: mapping), store: app.store, runner: app.runner, handler: app.handler,
                readModel: app.readModel, mailer: mailer, scheduler: scheduler,
                health: DatabaseHealth(pool: app.pool, logger: logger),
                embedded: false,
                clock: app.organisationClock, version: "test", consistencyTimeout: consistencyTimeout, logger: logger,
                replyKeys: replyKeys, replyTo: mail.replies?.address)
            context.inboundMail = inbound
            let server = VarlinkServer(
                configuration: .init(
                    socketPath: directory + "/admin.sock", socketMode: 0o666, maximumFrameSize: 64 * 1024,
                    internalErrorName: AdminError.internalErrorName,
                    info: .init(vendor: "Tredje kraften", product: "tredjekraftd", version: "test", url: "")),
                interfaces: [AdminInterface.make(context: context)], logger: logger)
            return try await withThrowingTaskGroup(of: Value?.self) { group in
                group.addTask {
                    try await server.run()
                    return nil
                }
                try await server.waitUntilListening()
                let value = try await body(
                    AdminHarness(app: app, socketPath: directory + "/admin.sock", context: context))
                group.cancelAll()
                return value
            }
        }
    }

    /// One call on a fresh connection, typed.
    func call<Reply: Decodable & Sendable>(
        _ method: AdminMethod, _ parameters: some Encodable & Sendable = VarlinkEmpty(), as: Reply.Type = Reply.self
    ) async throws -> Reply {
        try await VarlinkClient.withConnection(unixSocketPath: socketPath) { client in
            try await client.call(method.qualifiedName, parameters: parameters, returning: Reply.self)
        }
    }

    /// A command; returns its reply.
    @discardableResult
    func command(_ method: AdminMethod, _ parameters: some Encodable & Sendable) async throws -> CommandReply {
        try await call(method, parameters)
    }

    /// The Varlink error a call answers with; fails the test when it succeeds.
    func error(
        _ method: AdminMethod, _ parameters: VarlinkObject, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> VarlinkError? {
        do {
            _ = try await VarlinkClient.withConnection(unixSocketPath: socketPath) { client in
                try await client.call(method.qualifiedName, parameters: parameters)
            }
            Issue.record("\(method) succeeded", sourceLocation: sourceLocation)
            return nil
        } catch VarlinkClientError.remote(let error) {
            return error
        }
    }

    /// Parameters as a Varlink object, for calls that should fail.
    static func object(_ parameters: some Encodable) throws -> VarlinkObject {
        try VarlinkValue(encoding: parameters).objectValue ?? [:]
    }
}
