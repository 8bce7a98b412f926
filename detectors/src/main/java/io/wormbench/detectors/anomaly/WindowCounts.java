package io.wormbench.detectors.anomaly;

import io.wormbench.detectors.window.IntSet;

/** One device's raw feature counts within one window. */
final class WindowCounts {
  final long[] counts = new long[Feature.ALL.length];
  final IntSet internalPeers = new IntSet();
  final IntSet externalPeers = new IntSet();
  final IntSet ports = new IntSet();
  /** The device's all-time peer set, looked up once per window rather than per event. */
  IntSet known;

  /** The raw feature vector, distinct counts filled in from the sets. */
  double[] raw() {
    double[] r = new double[counts.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = counts[i];
    }
    r[Feature.INTERNAL_PEERS.ordinal()] = internalPeers.size();
    r[Feature.EXTERNAL_PEERS.ordinal()] = externalPeers.size();
    r[Feature.PORTS.ordinal()] = ports.size();
    return r;
  }
}
