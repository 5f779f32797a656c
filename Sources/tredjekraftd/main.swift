import Daemon
import Foundation

exit(await DaemonMain.run())
