import Daemon
import Foundation

// Domain methods are wired in by passing `installers:` here.
exit(await DaemonMain.run())
