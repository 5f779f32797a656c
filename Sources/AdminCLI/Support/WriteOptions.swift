import ArgumentParser
import Foundation

/// What every command that changes something takes besides its own arguments: an idempotency key,
/// so a script that retries after a lost answer never records the same thing twice.
struct WriteOptions: ParsableArguments {
    @Option(
        name: .customLong("command-id"),
        help: ArgumentHelp(
            "Ett UUID för kommandot: upprepas det med samma id skrivs inget nytt.", valueName: "uuid"),
        transform: ArgumentValues.uuid)
    var commandId: UUID?
}
