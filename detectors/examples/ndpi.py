#!/usr/bin/python3
"""nDPI's flow risks as Wormbench alerts.

Usage: ndpi.py PCAP OUT_DIR

Runs Debian's ndpiReader (nDPI 4.2; https://github.com/ntop/nDPI) once over PCAP with
`-C flows.csv -v 2`: the CSV gives each flow's id, first-seen time and 5-tuple, the verbose
flow dump gives each flow's risks ("[Risk: ** Unsafe Protocol **...][Risk Score: 60]"). nDPI
4.2 writes no JSON, so this script joins the two by 5-tuple (their flow ids differ). Every flow with a risk becomes
one alert at its first-seen time on its internal endpoint (the originator when both or neither
are internal), peer the other endpoint, score min(1, Risk Score / 100) (nDPI scores a low risk
10, medium 50, high 100, severe 150 and sums a flow's risks), technique T1496 for flows nDPI
classifies as Mining and none otherwise, evidence the protocol and risks, and the flow's
Community ID (v1, seed 0) in alerts.csv's optional community_id column, so Wormbench scores
the alerts at flow level too. Writes
OUT_DIR/alerts.csv (Wormbench's alerts.csv, ts in microseconds) and keeps ndpiReader's own
output in OUT_DIR/ndpi-flows.csv and OUT_DIR/ndpi-stdout.txt.
"""
import base64
import csv
import datetime
import hashlib
import ipaddress
import os
import re
import socket
import struct
import subprocess
import sys

NDPI = "/usr/bin/ndpiReader"
FLOW = re.compile(r"^\s*(\d+)\s+(TCP|UDP|ICMP)\s+(\S+) <-> (\S+) \[proto: [^/]*/([^\]]*)\]")
RISK = re.compile(r"\[Risk: ((?:\*\* [^*]+ \*\*)+)\]\[Risk Score: (\d+)\]")


PROTO = {"6": "TCP", "17": "UDP", "1": "ICMP"}


def community_id(proto, saddr, sport, daddr, dport, seed=0):
    """Community ID v1 of a TCP/UDP flow (the Corelight specification), "" for others."""
    pnum = {"TCP": 6, "UDP": 17}.get(proto.upper())
    try:
        s, d = socket.inet_aton(saddr), socket.inet_aton(daddr)
    except OSError:
        return ""  # IPv6 or malformed: the alert stays host-level only
    if pnum is None:
        return ""
    if (s, sport) > (d, dport):
        s, d, sport, dport = d, s, dport, sport
    data = struct.pack("!H4s4sBBHH", seed, s, d, pnum, 0, sport, dport)
    return "1:" + base64.b64encode(hashlib.sha1(data).digest()).decode()


def key(proto, a, b):
    """A flow's 5-tuple, either direction."""
    return (proto,) + tuple(sorted((a, b)))


def internal(addr):
    try:
        return ipaddress.ip_address(addr).is_private
    except ValueError:
        return False


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    pcap, out = argv[1], argv[2]
    os.makedirs(out, exist_ok=True)
    flows_csv = os.path.join(out, "ndpi-flows.csv")
    dump = os.path.join(out, "ndpi-stdout.txt")
    with open(dump, "w", encoding="utf-8") as f:
        rc = subprocess.run([NDPI, "-i", pcap, "-C", flows_csv, "-v", "2"], stdout=f,
                            stderr=subprocess.PIPE, text=True).returncode
    if rc != 0:
        sys.exit(f"ndpi: ndpiReader exited with {rc}")
    risks = {}
    with open(dump, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = FLOW.match(line)
            r = RISK.search(line) if m else None
            if r:
                names = [x.strip() for x in r.group(1).split("**") if x.strip()]
                risks[key(m.group(2), m.group(3), m.group(4))] = (m.group(5), names,
                                                                 int(r.group(2)))
    rows = []
    with open(flows_csv, encoding="utf-8", errors="replace") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header is None:
            sys.exit("ndpi: ndpiReader wrote an empty flows.csv")
        header[0] = header[0].lstrip("#")
        col = {name: i for i, name in enumerate(header)}
        for rec in reader:
            src, dst = rec[col["src_ip"]], rec[col["dst_ip"]]
            flow = key(PROTO.get(rec[col["protocol"]], rec[col["protocol"]]),
                       f"{src}:{rec[col['src_port']]}", f"{dst}:{rec[col['dst_port']]}")
            if flow not in risks:
                continue
            proto, names, score = risks[flow]
            host, peer = (dst, src) if internal(dst) and not internal(src) else (src, dst)
            ts = int(round(float(rec[col["first_seen"]]) * 1_000_000))
            technique = "T1496" if proto.split(".")[0] == "Mining" else ""
            l4 = PROTO.get(rec[col["protocol"]], rec[col["protocol"]])
            cid = community_id(l4, src, int(rec[col["src_port"]]), dst,
                               int(rec[col["dst_port"]]))
            rows.append((ts, host, peer, min(1.0, score / 100), technique,
                         f"nDPI {proto} {src}:{rec[col['src_port']]} -> {dst}:"
                         f"{rec[col['dst_port']]}: {'; '.join(names)} (risk score {score})",
                         cid))
    rows.sort()
    tmp = os.path.join(out, "alerts.csv.tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ts", "time", "detector", "host", "peer", "score", "technique", "evidence",
                    "community_id"])
        for ts, host, peer, score, technique, evidence, cid in rows:
            t = datetime.datetime.fromtimestamp(ts // 1_000_000, datetime.timezone.utc)
            iso = t.strftime("%Y-%m-%dT%H:%M:%S") + f".{ts % 1_000_000:06d}Z"
            w.writerow([ts, iso, "ndpi", host, peer, f"{score:.6f}", technique, evidence, cid])
    os.replace(tmp, os.path.join(out, "alerts.csv"))
    print(f"ndpi: {len(risks)} flows with risks, {len(rows)} alerts", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
