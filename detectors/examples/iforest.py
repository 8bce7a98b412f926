#!/usr/bin/python3
"""IsolationForest over Zeek conn.log, one score per internal host and hour.

Usage: iforest.py ZEEK_DIR OUT_DIR LEARNING_END [SEED]

Reads ZEEK_DIR/conn.log (Zeek TSV), counts per internal originator and clock hour: connections,
distinct responders, distinct responder ports, failed connections (S0, REJ, RSTO, RSTR, OTH),
connections to external addresses, bytes sent and received (log1p). Trains scikit-learn's
IsolationForest (Liu, Ting and Zhou, "Isolation Forest", ICDM 2008) on the host-hours that end
before LEARNING_END (epoch seconds, Wormbench's {learningEnd}) and scores the later ones.

Score rule: s is the forest's anomaly score (-score_samples); q50 and q99 are its median and
99th percentile over the learning host-hours. A host-hour with s > q99 is an alert at the end
of its hour with score 0.5 + 0.5 * tanh((s - q99) / (q99 - q50)), so 0.5 is "more anomalous
than 99% of what was learned"; nothing else is written. Writes OUT_DIR/alerts.csv in
Wormbench's alerts.csv format (ts in microseconds). Deterministic: random_state is SEED
(default 0).
"""
import csv
import ipaddress
import math
import os
import sys

import numpy as np
import pandas as pd
from sklearn.ensemble import IsolationForest

HOUR = 3600
FAILED = {"S0", "REJ", "RSTO", "RSTR", "OTH", "RSTOS0", "RSTRH", "SH", "SHR"}
FEATURES = ["conns", "peers", "ports", "failed", "external", "bytes_out", "bytes_in"]


def read_conn(path):
    """conn.log as a DataFrame, columns named from its #fields header."""
    fields = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#fields"):
                fields = line.rstrip("\n").split("\t")[1:]
                break
    if fields is None:
        sys.exit(f"iforest: {path}: no #fields header")
    df = pd.read_csv(path, sep="\t", comment="#", header=None, names=fields,
                     usecols=["ts", "id.orig_h", "id.resp_h", "id.resp_p", "orig_bytes",
                              "resp_bytes", "conn_state"],
                     dtype=str, na_filter=False, engine="c")
    df["ts"] = df["ts"].astype(float)
    for c in ("orig_bytes", "resp_bytes"):
        df[c] = pd.to_numeric(df[c].replace("-", "0"), errors="coerce").fillna(0)
    return df


def is_internal(addr, cache={}):
    v = cache.get(addr)
    if v is None:
        try:
            v = ipaddress.ip_address(addr).is_private
        except ValueError:
            v = False
        cache[addr] = v
    return v


def host_hours(df):
    """One row per (internal originator, hour) with the FEATURES."""
    df = df[df["id.orig_h"].map(is_internal)].copy()
    df["hour"] = (df["ts"] // HOUR).astype(np.int64)
    df["failed"] = df["conn_state"].isin(FAILED).astype(int)
    df["external"] = (~df["id.resp_h"].map(is_internal)).astype(int)
    g = df.groupby(["id.orig_h", "hour"], sort=True)
    out = pd.DataFrame({
        "conns": g.size(),
        "peers": g["id.resp_h"].nunique(),
        "ports": g["id.resp_p"].nunique(),
        "failed": g["failed"].sum(),
        "external": g["external"].sum(),
        "bytes_out": np.log1p(g["orig_bytes"].sum()),
        "bytes_in": np.log1p(g["resp_bytes"].sum()),
    }).reset_index()
    out[["conns", "peers", "ports", "failed", "external"]] = np.log1p(
        out[["conns", "peers", "ports", "failed", "external"]])
    return out


def main(argv):
    if len(argv) not in (4, 5):
        sys.exit(__doc__.split("\n\n")[1])
    zeek, out, learning_end = argv[1], argv[2], float(argv[3])
    seed = int(argv[4]) if len(argv) == 5 else 0
    df = read_conn(os.path.join(zeek, "conn.log"))
    hh = host_hours(df)
    ends = (hh["hour"] + 1) * HOUR
    train = hh[ends <= learning_end]
    test = hh[ends > learning_end]
    rows = []
    if len(train) >= 10 and len(test) > 0:
        forest = IsolationForest(n_estimators=200, random_state=seed).fit(train[FEATURES].values)
        learned = -forest.score_samples(train[FEATURES].values)
        q50, q99 = np.percentile(learned, [50, 99])
        spread = max(q99 - q50, 1e-9)
        s = -forest.score_samples(test[FEATURES].values)
        for (_, r), si in zip(test.iterrows(), s):
            if si > q99:
                score = 0.5 + 0.5 * math.tanh((si - q99) / spread)
                worst = max(FEATURES, key=lambda f: r[f] - train[f].mean())
                rows.append((int((r["hour"] + 1) * HOUR) * 1_000_000, r["id.orig_h"],
                             round(score, 6), worst, float(si)))
    elif len(train) < 10:
        print(f"iforest: only {len(train)} learning host-hours; no model, no alerts",
              file=sys.stderr)
    rows.sort()
    os.makedirs(out, exist_ok=True)
    tmp = os.path.join(out, "alerts.csv.tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ts", "time", "detector", "host", "peer", "score", "technique", "evidence"])
        for ts, host, score, worst, si in rows:
            t = pd.Timestamp(ts // 1_000_000, unit="s", tz="UTC").strftime("%Y-%m-%dT%H:%M:%S")
            w.writerow([ts, t + ".000000Z", "iforest", host, "", f"{score:.6f}", "",
                        f"isolation score {si:.3f} over the hour; most unusual: {worst}"])
    os.replace(tmp, os.path.join(out, "alerts.csv"))
    print(f"iforest: {len(train)} learning host-hours, {len(test)} scored, {len(rows)} alerts",
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
