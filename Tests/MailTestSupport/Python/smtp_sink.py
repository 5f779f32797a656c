"""An SMTP sink for the mail tests: accepts on 127.0.0.1 (a free port, printed as "PORT <n>"), writes each
message to <directory>/<n>.eml, and answers by recipient so a test can inject each failure:

  tempfail-…@   RCPT answered 451 (try again later)
  reject-…@     RCPT answered 550 (no such user)
  datafail-…@   DATA answered 554 (refused after the data)
  silent-…@     no answer to DATA for a minute (the client's timeout)

Run with Debian's python3 (python3-aiosmtpd). The test stops it with SIGKILL; it also stops by itself
once the process that started it is gone.
"""

import asyncio
import os
import sys

from aiosmtpd.smtp import SMTP


class Handler:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0]
        if local.startswith("tempfail-"):
            return "451 4.3.0 Try again later"
        if local.startswith("reject-"):
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if any(a.split("@")[0].startswith("silent-") for a in envelope.rcpt_tos):
            await asyncio.sleep(60)
        if any(a.split("@")[0].startswith("datafail-") for a in envelope.rcpt_tos):
            return "554 5.6.0 Message refused"
        self.count += 1
        temporary = os.path.join(self.directory, f".{self.count}.tmp")
        with open(temporary, "wb") as f:
            f.write(envelope.original_content)
        os.rename(temporary, os.path.join(self.directory, f"{self.count}.eml"))
        return "250 Message accepted"


async def main(directory):
    loop = asyncio.get_running_loop()
    handler = Handler(directory)
    server = await loop.create_server(lambda: SMTP(handler, hostname="sink.test"), "127.0.0.1", 0)
    parent = os.getppid()
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    # Killed by the test when done; ends by itself when the test process has gone without stopping it.
    while os.getppid() == parent:
        await asyncio.sleep(0.5)
    server.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
