"""Makes a reply to a delivered letter as a mail client would, with Python's email package.

Usage: make_reply.py LETTER.eml SHAPE ANSWER [FROM [OUTPUT]]
  SHAPE: outlook (HTML-only with the "Från: … Skickat: …" block, quoted-printable), gmail ("Den … skrev:"
         and `>` quotes, base64 UTF-8), quote (plain `>` quoting, ISO-8859-1, 8bit).
  ANSWER: the lines written above the quote, e.g. "KLART: Öppet till 21".
Writes the reply's bytes (RFC 5322, CRLF line ends) to OUTPUT, or to standard output: To is the letter's Reply-To,
In-Reply-To and References its Message-ID, as the client would set them."""

import email
import email.policy
import email.utils
import html
import sys
from email.message import EmailMessage

letter_path, shape, answer = sys.argv[1], sys.argv[2], sys.argv[3]
sender = sys.argv[4] if len(sys.argv) > 4 else "Anna Chef <anna.chef@lund.se>"
with open(letter_path, "rb") as f:
    letter = email.message_from_binary_file(f, policy=email.policy.default)

original = letter.get_body(preferencelist=("plain",))
quoted_text = original.get_content() if original is not None else ""
to = letter["Reply-To"] or letter["From"]

reply = EmailMessage(policy=email.policy.SMTP)
reply["From"] = sender
reply["To"] = to
reply["Subject"] = "SV: " + str(letter["Subject"])
reply["Date"] = email.utils.formatdate(localtime=True)
reply["Message-ID"] = email.utils.make_msgid(domain="client.example")
reply["In-Reply-To"] = letter["Message-ID"]
reply["References"] = letter["Message-ID"]

if shape == "outlook":
    block = (
        f"<p>{html.escape(answer).replace(chr(10), '<br>')}</p><p>Med vänlig hälsning<br>Anna</p>"
        "<hr><p><b>Från:</b> Tredje kraften<br><b>Skickat:</b> den 12 januari 2026 09:00<br>"
        f"<b>Till:</b> Anna Chef<br><b>Ämne:</b> {html.escape(str(letter['Subject']))}</p>"
        f"<p>{html.escape(quoted_text).replace(chr(10), '<br>')}</p>"
    )
    reply.set_content(f"<html><body>{block}</body></html>", subtype="html", charset="utf-8", cte="quoted-printable")
elif shape == "gmail":
    quote = "\n".join("> " + line for line in quoted_text.splitlines())
    body = f"{answer}\n\nDen mån 12 jan. 2026 kl 09:00 skrev Tredje kraften <{to}>:\n\n{quote}\n"
    reply.set_content(body, charset="utf-8", cte="base64")
elif shape == "quote":
    quote = "\n".join("> " + line for line in quoted_text.splitlines())
    body = f"{answer}\n\n-- \nAnna Chef\nEnhetschef\n\n{quote}\n"
    reply.set_content(body, charset="iso-8859-1", cte="8bit")
else:
    sys.exit(f"unknown shape {shape}")

if len(sys.argv) > 5:
    with open(sys.argv[5], "wb") as f:
        f.write(reply.as_bytes())
else:
    sys.stdout.buffer.write(reply.as_bytes())
