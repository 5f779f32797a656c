import Foundation

/// The addresses in a received To, Cc, From or Reply-To field: `a@b`, `Name <a@b>`, `"Efternamn, Förnamn"
/// <a@b>`, comments, groups (`Rådet: a@b, c@d;`). Anything that is no address is skipped, not refused.
enum AddressList {
    struct Entry: Equatable {
        var name: String?
        var address: String
    }

    static func parse(_ value: String) -> [Entry] {
        var entries: [Entry] = []
        var display = ""
        var angle = ""
        var inQuote = false
        var inAngle = false
        var commentDepth = 0
        var escaped = false

        func finish() {
            let address: String
            var name: String?
            let bracketed = angle.trimmingCharacters(in: .whitespaces)
            if !bracketed.isEmpty {
                // An obsolete route ("@a,@b:x@y") keeps only its address.
                address = String(bracketed.split(separator: ":").last ?? Substring(bracketed))
                let trimmed = display.trimmingCharacters(in: .whitespaces)
                name = trimmed.isEmpty ? nil : trimmed
            } else {
                address = display.trimmingCharacters(in: .whitespaces)
            }
            if address.contains("@"), !address.contains(" ") {
                entries.append(Entry(name: name, address: address))
            }
            display = ""
            angle = ""
        }

        for character in value {
            if escaped {
                if inAngle { angle.append(character) } else if commentDepth == 0 { display.append(character) }
                escaped = false
                continue
            }
            if character == "\\", inQuote || commentDepth > 0 {
                escaped = true
                continue
            }
            if commentDepth > 0 {
                if character == "(" { commentDepth += 1 } else if character == ")" { commentDepth -= 1 }
                continue
            }
            if inQuote {
                if character == "\"" { inQuote = false } else { display.append(character) }
                continue
            }
            if inAngle {
                if character == ">" { inAngle = false } else { angle.append(character) }
                continue
            }
            switch character {
            case "\"": inQuote = true
            case "(": commentDepth = 1
            case "<":
                inAngle = true
                angle = ""
            case ",", ";": finish()
            case ":": display = ""  // a group's name
            default: display.append(character)
            }
        }
        finish()
        return entries
    }
}
