// swift-tools-version: 6.1
import PackageDescription

let logging = Target.Dependency.product(name: "Logging", package: "swift-log")
let nioCore = Target.Dependency.product(name: "NIOCore", package: "swift-nio")
let nioPosix = Target.Dependency.product(name: "NIOPosix", package: "swift-nio")
let serviceLifecycle = Target.Dependency.product(name: "ServiceLifecycle", package: "swift-service-lifecycle")
let coreMetrics = Target.Dependency.product(name: "CoreMetrics", package: "swift-metrics")
let prometheus = Target.Dependency.product(name: "Prometheus", package: "swift-prometheus")

let package = Package(
    name: "TredjeKraften",
    products: [],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0", traits: ["YAML"]),
        // Both come with swift-configuration: FilePath for its file provider, Yams to list unknown keys.
        .package(url: "https://github.com/apple/swift-system", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", "5.4.0"..<"7.0.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The operators' figures: recorded through swift-metrics, shown in Prometheus's text format.
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // HMAC-SHA256 for the reply tokens that let a letter be answered by mail.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // libpq, from Debian's libpq-dev.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // A Swift PostgreSQL client over libpq: connections, typed parameters, transactions, pool,
        // LISTEN/NOTIFY.
        .target(name: "Postgres", dependencies: ["CLibPQ", logging]),
        // Every fact, forever, in order: streams with optimistic concurrency and a global log that
        // never skips. Its append latency goes to the swift-metrics factory the daemon passes in.
        .target(name: "EventStore", dependencies: ["Postgres", logging, coreMetrics]),
        // The rules of the influence loop: pure Swift, no I/O.
        .target(name: "Domain"),
        // Domain events as the store keeps them: decoding with upcasting, encoding for appends. Shared by the
        // write side and the read side, so neither needs the other.
        .target(name: "EventCodec", dependencies: ["Domain", "EventStore"]),
        // What the read models answer, as plain values: pure, so the CLI links no database client.
        .target(name: "ReadModelTypes", dependencies: ["Domain"]),
        // Reminders and escalation to ledningen as pure functions of facts, today and configuration → effects.
        .target(name: "Policies", dependencies: ["Domain"]),
        // The monthly digests and the council agenda decided from read-model facts: which items, under
        // which heading, and which owed feedback a digest gives once delivered; pure, no I/O.
        .target(name: "Digests", dependencies: ["Domain", "ReadModelTypes", "Policies"]),
        // User-facing Swedish words and formats: labels, dates, the timeline's sentences, the trace's answer,
        // the words for kinds of things and for the outbox; pure, a leaf shared by the read models, the CLI
        // and the letters — the CLI uses it without compiling the policies or the digests.
        .target(name: "Wording", dependencies: ["Domain", "ReadModelTypes", "Mail"]),
        // The letters: reminders, escalations, the digests to councils and ledning, agendas and the test
        // message, each one `Letter` rendered to plain text and to HTML from the same source; pure.
        .target(name: "Letters", dependencies: ["Wording", "Domain", "ReadModelTypes", "Policies", "Digests"]),
        // E-mail messages as RFC 5322 and MIME want them, checked when made, and inbound mail read defensively
        // within limits: pure, no I/O.
        .target(name: "Mail"),
        // Answers by mail: the reply token (an HMAC over letter, recipient and subjects), the answer above the
        // quote read into verbs, and the automatic mail never answered; pure, no I/O.
        .target(
            name: "Replies",
            dependencies: ["Mail", "Domain", .product(name: "Crypto", package: "swift-crypto")]),
        // Spreadsheet files: CSV written as Swedish Excel opens it and read as spreadsheets save it,
        // UTF-8 or Windows-1252, and JSON rows; pure, no I/O (the open-data export, the action-plan import).
        .target(name: "Tabular"),
        // The outbox delivered: sendmail under a timeout, the contact directory, one mailer per database; a
        // letter that can be answered gets its signed reply address (Replies) at delivery, from the reply keys.
        .target(
            name: "Mailer",
            dependencies: [
                "Mail", "Domain", "EventStore", "EventCodec", "CommandHandling", "PersonalData", "Projections",
                "ReadModelTypes", "Wording", "Letters", "Postgres", "Replies", logging, serviceLifecycle,
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]),
        // The policies run once a day, the digests once a month, both also on demand: their effects recorded
        // as events with the letters they queue; one daemon per database holds the schedule.
        .target(
            name: "Scheduler",
            dependencies: [
                "Policies", "Digests", "Domain", "EventStore", "EventCodec", "CommandHandling", "Projections",
                "ReadModelTypes", "Letters", "PersonalData", "Postgres", logging, serviceLifecycle, nioPosix,
            ]),
        // Read models built from the log, their runner, and the queries coordinators ask.
        .target(
            name: "Projections",
            dependencies: [
                "Domain", "EventStore", "EventCodec", "ReadModelTypes", "Wording", "Policies", "Digests", "Postgres",
                logging,
            ]),
        // Domain commands on top of the store: decide, append, retry on conflicts, read your writes (waiting
        // on a LogFollower, which the daemon's projection runner is).
        .target(name: "CommandHandling", dependencies: ["Domain", "EventStore", "EventCodec", "Postgres", logging]),
        // Personal data kept outside the immutable log, so that it can be changed and erased: the
        // contact directory (addresses by recipient key). Changes go through the one write path.
        .target(
            name: "PersonalData",
            dependencies: ["CommandHandling", "Domain", "EventStore", "Mail", "Postgres", nioPosix]),
        // SO_PEERCRED wrapper: Swift's Glibc hides `struct ucred`.
        .target(name: "CPeerCredentials"),
        // The Varlink protocol over Unix sockets: framing, server, client. Domain-free.
        .target(name: "Varlink", dependencies: ["CPeerCredentials", nioCore, nioPosix, logging, serviceLifecycle]),
        // systemd integration: sd_notify and journald-style log lines.
        .target(name: "Systemd", dependencies: [logging]),
        // ops/bench: the event store's speed next to plain SQL, timed with ContinuousClock. AdminProtocol and
        // Varlink for the command path through a real tredjekraftd's socket (the daemon runs as a child).
        .executableTarget(
            name: "tredjekraft-bench",
            dependencies: [
                "EventStore", "EventCodec", "Postgres", "Domain", "Projections", "ReadModelTypes", "Mail", "Mailer",
                "PersonalData",
                "Policies", "Digests", "Letters", "Scheduler", "CommandHandling", "AdminProtocol", "Varlink", logging,
            ],
            path: "Sources/Bench"),
        // The figures an operator scrapes (`tredjekraft metrics`): one Prometheus registry per daemon, the
        // swift-metrics factory its parts record through, and the metrics' names and HELP texts.
        .target(name: "OperatorMetrics", dependencies: [coreMetrics, prometheus]),
        // What crosses the admin socket: method names, parameters and replies, shared by server and CLI.
        .target(name: "AdminProtocol", dependencies: ["Domain", "ReadModelTypes", "Varlink"]),
        // Demonstration data drawn from the seed documents, as domain commands: pure, no I/O.
        .target(name: "Demo", dependencies: ["Domain"]),
        // The admin interface's method handlers: roles, commands through the handler, queries. The interface
        // definition is compiled in as bytes (`PackageResources`): the daemon stays one file, no bundle beside it.
        .target(
            name: "AdminServer",
            dependencies: [
                "AdminProtocol", "CommandHandling", "Projections", "ReadModelTypes", "EventStore", "Postgres", "Domain",
                "Demo", "Varlink", "Wording", "Letters", "Mail", "Mailer", "PersonalData", "Policies", "Scheduler",
                "EventCodec", "Replies",
                "Digests",
                "OperatorMetrics", logging, serviceLifecycle,
            ],
            resources: [.embedInCode("io.tredjekraft.admin.varlink")]),
        // The tredjekraft CLI's commands and Swedish tables; the executable is a thin main. Subprocess runs
        // ssh for `--host`; nothing of the server's stack (no libpq).
        .target(
            name: "AdminCLI",
            dependencies: [
                "AdminProtocol", "Domain", "ReadModelTypes", "Varlink", "Wording", "Tabular",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]),
        .executableTarget(name: "tredjekraft", dependencies: ["AdminCLI"]),
        // The daemon's wiring: configuration, embedded PostgreSQL, services, the admin socket, roles.
        .target(
            name: "Daemon",
            dependencies: [
                "Domain", "Postgres", "EventStore", "Projections", "CommandHandling", "AdminServer", "AdminProtocol",
                "Varlink", "Systemd", "Mail", "Mailer", "PersonalData", "Policies", "Scheduler", "Digests",
                "OperatorMetrics",
                logging, serviceLifecycle, coreMetrics,
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ],
        ),
        // tredjekraftd: a thin main over Daemon.
        .executableTarget(name: "tredjekraftd", dependencies: ["Daemon"]),

        // Shared by the test targets: the throwaway PostgreSQL that ops/test starts.
        .target(name: "PostgresTestSupport", dependencies: ["Postgres"], path: "Tests/PostgresTestSupport"),
        .testTarget(name: "PostgresTests", dependencies: ["Postgres", "PostgresTestSupport"]),
        .target(
            name: "AppTestSupport",
            dependencies: [
                "CommandHandling", "Projections", "ReadModelTypes", "EventStore", "Domain", "PostgresTestSupport",
            ],
            path: "Tests/AppTestSupport"),
        .testTarget(
            name: "ProjectionsTests",
            dependencies: [
                "AppTestSupport", "Projections", "ReadModelTypes", "EventCodec", "CommandHandling", "Domain", "Digests",
                "Policies", "PostgresTestSupport", "TestSupport",
            ]),
        .testTarget(
            name: "CommandHandlingTests",
            dependencies: ["AppTestSupport", "CommandHandling", "Projections", "ReadModelTypes", "Domain"]),
        .testTarget(
            name: "EventStoreTests",
            dependencies: [
                "EventStore", "PostgresTestSupport", coreMetrics,
                .product(name: "MetricsTestKit", package: "swift-metrics"),
            ],
            exclude: ["Golden"]),
        // A strict reader of Prometheus's text format, for the tests of `tredjekraft metrics`.
        .target(name: "MetricsTestSupport", path: "Tests/MetricsTestSupport"),
        .testTarget(
            name: "OperatorMetricsTests", dependencies: ["OperatorMetrics", "MetricsTestSupport", coreMetrics]),
        // Golden files are read from the source tree (#filePath), not bundled.
        .testTarget(name: "DomainTests", dependencies: ["Domain", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "PoliciesTests", dependencies: ["Policies", "Domain"]),
        .testTarget(
            name: "DigestsTests", dependencies: ["Digests", "Domain", "ReadModelTypes", "Policies", "TestSupport"]),
        .testTarget(
            name: "SchedulerTests",
            dependencies: [
                "Scheduler", "Policies", "Digests", "Domain", "AppTestSupport", "Projections", "ReadModelTypes",
                "EventStore", "EventCodec", "CommandHandling", "Demo", "PostgresTestSupport", "Letters", "PersonalData",
                "MailTestSupport", "TestSupport", logging,
            ],
            // The demo's letters as golden files, read from the source tree.
            exclude: ["Golden"]),
        .testTarget(
            name: "VarlinkTests",
            dependencies: [
                "Varlink", "CPeerCredentials", nioCore, nioPosix,
                .product(name: "NIOEmbedded", package: "swift-nio"), serviceLifecycle, logging,
            ],
            exclude: ["org.example.ping.varlink", "org.varlink.certification.varlink"]),
        .testTarget(
            name: "DemoTests",
            dependencies: ["Demo", "Domain", "AppTestSupport", "Projections", "ReadModelTypes", "CommandHandling"]),
        .testTarget(
            name: "AdminServerTests",
            dependencies: [
                "AdminServer", "AdminProtocol", "CommandHandling", "AppTestSupport", "Demo", "Varlink", "Projections",
                "ReadModelTypes",
                "Domain", "Mailer", "PersonalData", "EventStore", "Scheduler", "Policies", "OperatorMetrics",
                "MetricsTestSupport", "Wording", "Tabular", "Replies", "Mail", "EventCodec", logging,
            ]),
        // logging: the stub daemon in the socket tests is a real VarlinkServer, which takes a Logger.
        .testTarget(
            name: "AdminCLITests",
            dependencies: ["AdminCLI", "AdminProtocol", "ReadModelTypes", "Domain", "Varlink", "Tabular", logging]),
        .testTarget(name: "SystemdTests", dependencies: ["Systemd", logging]),
        .testTarget(name: "WordingTests", dependencies: ["Wording", "ReadModelTypes", "Domain"]),
        // What every test target may share: golden letters (read from the source tree, #filePath), the
        // seeded generator of the property tests and fuzzers, and the one way to wait for an event.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "LettersTests",
            dependencies: [
                "Letters", "Wording", "Digests", "Policies", "Domain", "ReadModelTypes", "TestSupport",
            ],
            exclude: ["Golden"]),
        .testTarget(name: "MailTests", dependencies: ["Mail"]),
        .testTarget(name: "RepliesTests", dependencies: ["Replies", "Mail", "Domain", "TestSupport"]),
        .testTarget(name: "TabularTests", dependencies: ["Tabular"]),
        // A real SMTP server per test; Python/ (the sink and the parser) runs from the source tree with
        // Debian's python3 and python3-aiosmtpd.
        .target(name: "MailTestSupport", path: "Tests/MailTestSupport", exclude: ["Python"]),
        .testTarget(
            name: "PersonalDataTests",
            dependencies: ["PersonalData", "AppTestSupport", "Domain", "EventCodec", "EventStore"]),
        .testTarget(
            name: "MailerTests",
            dependencies: [
                "Mailer", "Mail", "Domain", "AppTestSupport", "MailTestSupport", "EventStore", "Projections",
                "ReadModelTypes", "CommandHandling", "PersonalData", "Postgres", "PostgresTestSupport", "Replies",
                logging,
            ]),
        // The Daemon module's own tests: its configuration, the embedded cluster, the unit file.
        .testTarget(
            name: "DaemonTests",
            dependencies: [
                "Daemon", "Postgres", "PostgresTestSupport", "Mail", "Policies", "Scheduler", "TestSupport", "Domain",
                "EventStore", "Projections", "Systemd", logging,
            ]),
        // End to end: a real tredjekraftd (child process) on the test PostgreSQL, its admin socket, the
        // CLI, the Python reference client, mail through msmtp, upgrades from earlier releases' dumps.
        .testTarget(
            name: "IntegrationTests",
            dependencies: [
                "Daemon", "AdminServer", "AdminProtocol", "Varlink", "Systemd", "Postgres", "EventStore",
                "PostgresTestSupport", "MailTestSupport", "Domain", "EventCodec", "Mail", "Mailer", "Policies", "Demo",
                "OperatorMetrics", "MetricsTestSupport", "TestSupport", "Replies", logging,
                // The CLI over ssh runs as a child whose own child (ssh) may outlive Foundation's watch.
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            // admin_calls.py drives the Python Varlink client, and Upgrade/ holds dumps of earlier releases'
            // databases; both are read from the source tree, not bundled.
            exclude: ["Python", "Upgrade"]),
    ],
    swiftLanguageModes: [.v6]
)

// Every target: `any` spelled out for existentials, and a file sees only the modules it imports.
for target in package.targets where target.type != .system {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("MemberImportVisibility"),
        ]
}
