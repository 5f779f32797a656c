"""Puts one message into an IMAP mailbox's INBOX (APPEND), as a mail server's delivery would.

Usage: imap_put.py PORT USER PASSWORD MESSAGE.eml   (plain IMAP on 127.0.0.1: the test's Dovecot)"""

import imaplib
import sys

port, user, password, path = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
with open(path, "rb") as f:
    message = f.read()
imap = imaplib.IMAP4("127.0.0.1", port)
imap.login(user, password)
status, detail = imap.append("INBOX", None, None, message)
imap.logout()
if status != "OK":
    sys.exit(f"APPEND failed: {status} {detail}")
