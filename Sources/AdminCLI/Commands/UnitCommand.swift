import AdminProtocol
import ArgumentParser
import Varlink

/// `tredjekraft unit …`: the units (verksamheter) issues belong to.
struct UnitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit",
        abstract: "Verksamheter: lista, registrera och byt namn.",
        subcommands: [List.self, Register.self, Rename.self])

    struct List: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lista verksamheterna med antal råd och öppna ärenden.",
            discussion: "Exempel:\n  tredjekraft unit list")

        @OptionGroup var global: GlobalOptions

        func run(on console: Console) async throws {
            try await show(.listUnits, VarlinkEmpty(), on: console, render: CatalogRendering.units)
        }
    }

    struct Register: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Registrera en verksamhet.",
            discussion: "Exempel:\n  tredjekraft unit register \"Vuxenstöd Lund\"")

        @Argument(help: ArgumentHelp("Verksamhetens namn.", valueName: "namn"))
        var name: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: RegisterUnitParameters { RegisterUnitParameters(name: name, commandId: write.commandId) }

        func run(on console: Console) async throws {
            try await change(.registerUnit, parameters, on: console, done: "Verksamheten registrerades")
        }
    }

    struct Rename: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ge en verksamhet ett nytt namn.",
            discussion: "Exempel:\n  tredjekraft unit rename 5e0c1a2b \"Vuxenstöd Lund öst\"")

        @Argument(help: ArgumentHelp("Verksamhetens id.", valueName: "id"))
        var unitId: String

        @Argument(help: ArgumentHelp("Det nya namnet.", valueName: "namn"))
        var name: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: RenameUnitParameters {
            RenameUnitParameters(unitId: unitId, name: name, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.renameUnit, parameters, on: console, done: "Verksamheten har fått sitt nya namn")
        }
    }
}
