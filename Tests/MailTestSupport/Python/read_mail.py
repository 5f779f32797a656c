"""Parses each .eml file named on the command line with Python's email package (policy.default) and
prints one JSON object per file: the headers the tests check, both parts' text, and any defects."""

import email
import email.policy
import json
import sys
from html.parser import HTMLParser


class WellFormed(HTMLParser):
    """Counts tags left open or closed without being opened (void elements excepted)."""

    VOID = {"meta", "br", "hr", "img", "link", "input"}

    def __init__(self):
        super().__init__()
        self.stack = []
        self.errors = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        # <br/>, <meta .../>: a void element written self-closed opens and closes nothing.
        if tag not in self.VOID:
            self.errors.append(f"<{tag}/> is not a void element")

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
        else:
            self.stack.pop()


result = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        message = email.message_from_binary_file(f, policy=email.policy.default)
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    checker = WellFormed()
    if html is not None:
        checker.feed(html.get_content())
        checker.close()
        if checker.stack:
            checker.errors.append(f"unclosed {checker.stack}")
    result.append(
        {
            "file": path,
            "from": str(message["From"]),
            "fromName": message["From"].addresses[0].display_name,
            "to": str(message["To"]),
            "toAddress": message["To"].addresses[0].addr_spec,
            "toName": message["To"].addresses[0].display_name,
            "subject": str(message["Subject"]),
            "messageId": str(message["Message-ID"]),
            "replyTo": message["Reply-To"].addresses[0].addr_spec if message["Reply-To"] else None,
            "autoSubmitted": str(message["Auto-Submitted"]),
            "precedence": message["Precedence"] and str(message["Precedence"]),
            "text": text.get_content() if text is not None else None,
            "html": html.get_content() if html is not None else None,
            "htmlErrors": checker.errors,
            "defects": [str(d) for d in message.defects] + [str(d) for part in message.walk() for d in part.defects],
        }
    )
print(json.dumps(result, ensure_ascii=False))
