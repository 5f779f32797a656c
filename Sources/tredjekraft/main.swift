import AdminCLI
import Foundation

exit(await TredjekraftMain.run(Array(CommandLine.arguments.dropFirst())))
