import AdminProtocol
import ArgumentParser
import Testing

@testable import AdminCLI

/// The command lines of `contact` and `mail`: kinds in Swedish sent by their English names, the
/// list's selections, and what is refused (exit 2) before the daemon is asked.
@Suite struct MailArgumentTests {
    func parse<Command: ParsableCommand>(_ arguments: [String], as type: Command.Type) throws -> Command {
        let parsed = try Tredjekraft.parseAsRoot(arguments)
        return try #require(parsed as? Command, "parsed \(Swift.type(of: parsed))")
    }

    @Test(arguments: [
        ("rad", "council"), ("råd", "council"), ("Råd", "council"), ("ledning", "management"),
        ("samordnare", "coordinator"), ("agare", "owner"), ("ägare", "owner"), ("council", "council"),
        ("management", "management"),
    ])
    func contactSetTakesSwedishKindsAndSendsTheEnglishName(word: String, kind: String) throws {
        let command = try parse(
            ["contact", "set", word, "8d7e6f5a", "rad@lund.se"], as: ContactCommand.SetAddress.self)
        #expect(command.parameters == SetContactParameters(kind: kind, id: "8d7e6f5a", address: "rad@lund.se"))
    }

    @Test func contactRemoveAndAnOwnersTitle() throws {
        #expect(
            try parse(["contact", "remove", "samordnare", "5e0c1a2b"], as: ContactCommand.Remove.self).parameters
                == ContactKeyParameters(kind: "coordinator", id: "5e0c1a2b"))
        let owner = try parse(
            ["contact", "set", "ägare", "Enhetschef vuxenstöd", "chef@lund.se", "--json"],
            as: ContactCommand.SetAddress.self)
        #expect(
            owner.parameters == SetContactParameters(kind: "owner", id: "Enhetschef vuxenstöd", address: "chef@lund.se")
        )
        #expect(owner.global.json)
        #expect(try parse(["contact", "list"], as: ContactCommand.List.self).global.json == false)
    }

    @Test func mailListSelectionsAskForTheirStates() throws {
        func states(_ arguments: [String]) throws -> [String]? {
            try parse(["mail", "list"] + arguments, as: MailCommand.List.self).parameters.states
        }
        #expect(try parse(["mail", "list"], as: MailCommand.List.self).parameters == ListMailParameters())
        #expect(try states(["--all"]) == nil)
        #expect(try states(["--pending"]) == ["pending", "failing"])
        #expect(try states(["--failed"]) == ["failed", "given_up"])
        #expect(try states(["--held"]) == ["held"])
        #expect(
            try parse(["mail", "list", "--held", "--limit", "20"], as: MailCommand.List.self).parameters
                == ListMailParameters(states: ["held"], limit: 20))
    }

    @Test func retryAndTest() throws {
        #expect(
            try parse(["mail", "retry", "3c4d5e6f"], as: MailCommand.Retry.self).parameters
                == RetryMailParameters(id: "3c4d5e6f"))
        #expect(
            try parse(["mail", "test", "--to", "it@lund.se"], as: MailCommand.Test.self).parameters
                == SendTestMailParameters(to: "it@lund.se"))
    }

    @Test func unknownKindsMissingArgumentsAndBadFlagsExitTwo() async {
        for arguments in [
            ["contact", "set", "kommun", "8d7e6f5a", "a@lund.se"], ["contact", "set", "rad", "8d7e6f5a"],
            ["contact", "set"], ["contact", "remove", "rad"], ["contact", "remove", "brukare", "8d7e6f5a"],
            ["mail", "retry"], ["mail", "test"], ["mail", "test", "--to"], ["mail", "list", "--failed", "--held"],
            ["mail", "list", "--limit", "0"], ["mail", "list", "--limit", "1001"], ["mail", "send"],
        ] {
            let result = await runCLI(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.error.hasPrefix("tredjekraft: "), "\(result.error)")
            #expect(result.output.isEmpty, "\(arguments)")
        }
        let unknown = await runCLI(["contact", "set", "kommun", "8d7e6f5a", "a@lund.se"])
        #expect(
            unknown.error.hasPrefix(
                "tredjekraft: Värdet 'kommun' går inte för '<slag>'. "
                    + "Välj ett av 'rad', 'ledning', 'samordnare' eller 'agare'.\n"))
        let missing = await runCLI(["contact", "set", "rad", "8d7e6f5a"])
        #expect(missing.error.hasPrefix("tredjekraft: Argument saknas: '<adress>'\n"))
        #expect(missing.error.contains("Användning: tredjekraft contact set <slag> <id> <adress>"))
        let both = await runCLI(["mail", "list", "--failed", "--held"])
        #expect(both.error.hasPrefix("tredjekraft: Flaggan '--held' går inte att ange tillsammans med '--failed'\n"))
        let tooMany = await runCLI(["mail", "list", "--limit", "1001"])
        #expect(tooMany.error.hasPrefix("tredjekraft: Högst 1000 meddelanden går att lista på en gång, inte 1001.\n"))
    }

    @Test func helpNamesKindsAndStagesInSwedish() async {
        let contact = ContactCommand.helpMessage(columns: 120)
        #expect(contact.contains("  rad         Brukarråd, id: rådets id"), "\(contact)")
        #expect(contact.contains("  samordnare  Samordnare, id: verksamhetens id"))
        #expect(contact.contains("  agare       Ägare (roll eller titel), id: rollen eller titeln"))
        let set = ContactCommand.SetAddress.helpMessage(columns: 120)
        #expect(set.contains("rad, ledning, samordnare, agare"), "\(set)")
        let mail = MailCommand.helpMessage(columns: 120)
        #expect(mail.contains("i kö, försöker igen, väntar på adress, skickat, misslyckades, gav upp"))
        let root = await runCLI(["--help"])
        #expect(root.output.contains("  contact "))
        #expect(root.output.contains("  mail "))
        for arguments in [["contact", "--help"], ["mail", "test", "--help"], ["help", "mail", "list"]] {
            let result = await runCLI(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.output.contains("Användning: tredjekraft"), "\(arguments)")
        }
    }
}
