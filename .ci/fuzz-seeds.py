#!/usr/bin/env python3
"""Regenerates the fuzz targets' seed corpora (the committed <Target>Inputs/fuzz/ folders).

Sources: the real public captures in ../shared/captures (MIT/BSD, see the ATTRIBUTION.md
copied beside the pcap seeds), the fuzz reproducers in ../shared/fuzz-repro (the project's
own files), Wormbench's own simulated output (give a folder made by `wormbench simulate`
with --pcap run.pcap and the zeek, zeek-json, jsonl and csv formats, plus a `detect`
alerts.csv) and the repo's scenarios and alert-format fixtures. Decoder seeds are the TCP/UDP
payloads of each connection (tshark), framed as DecoderFuzz reads them. Seeds are cut to
MAX bytes so fuzzing stays fast.

Usage: .ci/fuzz-seeds.py SIMULATED_DIR
"""
import json, os, shutil, subprocess, sys, collections

MAX = 8192
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
CAPS = os.path.join(SHARED, "captures")
REPRO = os.path.join(SHARED, "fuzz-repro")
SIM = sys.argv[1]
T = os.path.join(ROOT, "traffic/src/test/resources/io/wormbench/traffic")
ZEEK_LOGS = ["conn", "dns", "http", "ssl", "ntlm", "smb_mapping", "smb_files", "rdp", "dce_rpc",
             "stratum"]

def corpus(base, target):
    d = os.path.join(base, target + "Inputs", "fuzz")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    return d

def put(d, name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data[:MAX])

def read(p):
    with open(p, "rb") as f:
        return f.read()

def head_lines(p, n):
    return b"".join(read(p).splitlines(keepends=True)[:n])

caps = sorted(f for f in os.listdir(CAPS) if f.endswith(".pcap"))
d = corpus(os.path.join(T, "fuzz"), "PcapFuzzTest")
for c in caps:
    put(d, c, read(os.path.join(CAPS, c)))
put(d, "simulated.pcap", read(os.path.join(SIM, "run.pcap")))
put(d, "03-smb2-nextcommand.pcap", read(os.path.join(REPRO, "03-smb2-nextcommand-negative-index.pcap")))
shutil.copy(os.path.join(CAPS, "README.md"), os.path.join(d, "..", "ATTRIBUTION.md"))
d = corpus(os.path.join(T, "fuzz"), "PcapngFuzzTest")
for c in caps[:3]:
    out = "/tmp/wormbench-seed.pcapng"
    subprocess.run(["editcap", "-F", "pcapng", os.path.join(CAPS, c), out], check=True)
    put(d, c + "ng", read(out))
for r in ["01-pcapng-tsresol100-div-by-zero.pcapng", "02-pcapng-tsresol-2pow-20-ts-off-by-1s.pcapng"]:
    put(d, r, read(os.path.join(REPRO, r)))
shutil.copy(os.path.join(CAPS, "README.md"), os.path.join(d, "..", "ATTRIBUTION.md"))

for target, folder, ext in [("ZeekTsvFuzzTest", "out/zeek", ".log"), ("ZeekJsonFuzzTest", "zeek-json/zeek", ".log")]:
    d = corpus(os.path.join(T, "fuzz"), target)
    src = os.path.join(SIM, folder)
    if not os.path.isdir(src):
        src = os.path.join(SIM, folder.split("/")[-1])
    for f in sorted(os.listdir(src)):
        stem = f.split(".")[0]
        if stem in ZEEK_LOGS:
            put(d, f, bytes([ZEEK_LOGS.index(stem)]) + head_lines(os.path.join(src, f), 14))
    for r in ["04-zeek-ts-1e100000000-hang", "05-zeekjson-ts-1e999999999-oom",
              "06-zeek-iso-ts-year-999999-overflow"]:
        put(d, r, b"\0" + read(os.path.join(REPRO, r, "conn.log")))
    for f in sorted(os.listdir(os.path.join(REPRO, "11-zeek-ipv6-rows-silently-dropped"))):
        stem = f.split(".")[0]
        put(d, "11-" + f, bytes([ZEEK_LOGS.index(stem)])
            + head_lines(os.path.join(REPRO, "11-zeek-ipv6-rows-silently-dropped", f), 14))

def events_file(folder):
    src = os.path.join(SIM, folder)
    return os.path.join(src, [f for f in os.listdir(src) if f.startswith("events")][0])

d = corpus(os.path.join(T, "fuzz"), "JsonLinesFuzzTest")
put(d, "simulated.jsonl", head_lines(events_file("jsonl"), 30))
for r in ["12-jsonl-duplicate-key.jsonl", "17-jsonl-newline-in-field-name.jsonl", "18-events-invalid-utf8.jsonl"]:
    put(d, r, read(os.path.join(REPRO, r)))
d = corpus(os.path.join(T, "fuzz"), "EventCsvFuzzTest")
put(d, "simulated.csv", head_lines(events_file("csv"), 30))
put(d, "16-events-invalid-utf8.csv", read(os.path.join(REPRO, "16-events-invalid-utf8.csv")))

truth = json.load(open(os.path.join(SIM, "out", "truth.json")))
for k in ["hosts", "timelines", "steps", "lookalikes"]:
    truth[k] = truth[k][:3]
d = corpus(os.path.join(T, "fuzz"), "TruthJsonFuzzTest")
put(d, "small-truth.json", json.dumps(truth, indent=2).encode())
bad = json.loads(json.dumps(truth))
bad["lookalikes"][0]["endMicros"] = 1
put(d, "14-lookalike-end-before-start.json", json.dumps(bad, indent=2).encode())

fixtures = os.path.join(T, "codec", "alert")
alerts = {"AlertsCsvFuzzTest": [os.path.join(SIM, "det", "alerts.csv"),
                                os.path.join(REPRO, "07-alerts-empty-header-name.csv"),
                                os.path.join(REPRO, "13-alerts-ts-in-seconds.csv")],
          "EveAlertsFuzzTest": [os.path.join(fixtures, "eve.json")],
          "ZeekNoticeFuzzTest": [os.path.join(fixtures, "notice.log"), os.path.join(fixtures, "notice.json")],
          "SlipsAlertsFuzzTest": [os.path.join(fixtures, "slips-alerts.json")],
          "NdpiAlertsFuzzTest": [os.path.join(fixtures, "ndpi-flows.json")]}
for target, files in alerts.items():
    d = corpus(os.path.join(T, "fuzz"), target)
    for f in files:
        put(d, os.path.basename(f), head_lines(f, 20))

yamls = [os.path.join(ROOT, "scenarios", f) for f in sorted(os.listdir(os.path.join(ROOT, "scenarios")))
         if f.endswith(".yaml")]
yamls += [os.path.join(REPRO, f) for f in sorted(os.listdir(REPRO)) if f.endswith(".yaml")]
for base, target in [(os.path.join(T, "fuzz"), "SpecYamlFuzzTest"),
                     (os.path.join(ROOT, "evaluation/src/test/resources/io/wormbench/evaluation/fuzz"),
                      "ScenarioFuzzTest")]:
    d = corpus(base, target)
    for y in yamls:
        put(d, os.path.basename(y), read(y))

# Decoders: per connection, the payloads in order, framed [flags][len16][payload].
def streams(pcap, display_filter, udp=False):
    proto = "udp" if udp else "tcp"
    fields = ["-e", proto + ".stream", "-e", proto + ".srcport", "-e", proto + ".dstport", "-e",
              "udp.payload" if udp else "tcp.payload"]
    out = subprocess.run(["tshark", "-r", pcap, "-Y", display_filter, "-T", "fields"] + fields,
                         capture_output=True, text=True).stdout
    conns = collections.OrderedDict()
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) < 4 or not parts[3]:
            continue
        s, sp, dp, hexdata = parts
        first = conns.setdefault(s, {"orig": sp, "frames": b""})
        flags = 0 if sp == first["orig"] else 1
        payload = bytes.fromhex(hexdata.replace(":", ""))
        first["frames"] += bytes([flags, len(payload) >> 8 & 0xff, len(payload) & 0xff]) + payload
    return [c["frames"] for c in conns.values()]

pcaps = [os.path.join(CAPS, c) for c in caps] + [os.path.join(SIM, "run.pcap")]
P = os.path.join(T, "codec", "pcap", "proto")
for target, flt, udp in [("SmbDecoderFuzzTest", "smb2 && tcp.len>0", False),
                         ("RdpDecoderFuzzTest", "tcp.port==3389 && tcp.len>0", False),
                         ("TlsDecoderFuzzTest", "tls && tcp.len>0", False),
                         ("DceRpcDecoderFuzzTest", "dcerpc && tcp.len>0", False),
                         ("HttpDecoderFuzzTest", "tcp.port==80 && tcp.len>0", False),
                         ("StratumDecoderFuzzTest", "tcp.len>0 && tcp contains \"method\"", False),
                         ("DnsDecoderFuzzTest", "dns || nbns", True)]:
    d = corpus(P, target)
    n = 0
    for p in pcaps:
        for i, s in enumerate(streams(p, flt, udp)[:4]):
            put(d, "%s-%d" % (os.path.basename(p), i), s)
            n += 1
    print(target, n, "seeds")
