#!/usr/bin/python3
"""A stream-mode external detector: Wormbench events as JSON lines on stdin, alerts on stdout.

Usage (scenario): {name: stratum-tap, external: {mode: stream,
                   command: "/usr/bin/python3 detectors/examples/stratum_tap.py"}}

Alerts once per (host, pool) on the first Stratum mining message it sees, at that event's
time, score 0.9, technique T1496. It is the smallest online detector: it reads one event,
decides, flushes, and never looks ahead, so its alerts are as early as its logic allows.
"""
import json
import sys


def main():
    seen = set()
    for line in sys.stdin:
        e = json.loads(line)
        if e["kind"] != "stratum":
            continue
        key = (e["orig_h"], e["resp_h"])
        if key in seen:
            continue
        seen.add(key)
        print(json.dumps({"ts": e["ts"], "host": e["orig_h"], "peer": e["resp_h"], "score": 0.9,
                          "technique": "T1496",
                          "evidence": f"Stratum {e.get('method', '')} to {e['resp_h']}"}),
              flush=True)


if __name__ == "__main__":
    main()
