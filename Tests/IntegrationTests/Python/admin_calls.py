"""Calls io.tredjekraft.admin through the Python Varlink reference client, for the Swift tests.

    python admin_calls.py unix:/path/to/admin.sock < calls.json

calls.json is a JSON list of {"method": "ListIssues", "parameters": {...}}; a call may add
"more": N to read N replies of a streaming call and then hang up (it must be the last call).
Prints one JSON list with, for each call, {"reply": {...}}, {"replies": [...]} or
{"error": "<name>", "parameters": {...}}.

The calls go through the client's typed interface (client.open), so the client fetches the
daemon's interface description, parses it, checks the parameters against it and filters each
reply through the declared types: a reply field the interface does not declare is dropped, and
the Swift side then sees a difference.
"""

import json
import sys

import varlink


def main():
    address = sys.argv[1]
    calls = json.load(sys.stdin)
    results = []
    with varlink.Client.new_with_address(address) as client:
        with client.open("io.tredjekraft.admin") as admin:
            for call in calls:
                method = getattr(admin, call["method"])
                parameters = call.get("parameters", {})
                try:
                    if call.get("more"):
                        replies = []
                        for reply in method(_more=True, **parameters):
                            replies.append(reply)
                            if len(replies) >= call["more"]:
                                break
                        results.append({"replies": replies})
                        break  # the stream is still open: hang up
                    results.append({"reply": method(**parameters)})
                except varlink.VarlinkError as error:
                    results.append({"error": error.error(), "parameters": error.parameters()})
    json.dump(results, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
