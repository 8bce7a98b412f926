package io.wormbench.traffic.codec.pcap.flow;

/**
 * Open-addressing hash table from a canonical 5-tuple (two longs) to its {@link Flow}, so the
 * per-packet lookup allocates nothing. Linear probing with backward-shift deletion keeps it
 * free of tombstones.
 */
final class FlowTable {
  private long[] k1 = new long[1024];
  private long[] k2 = new long[1024];
  private Flow[] vals = new Flow[1024];
  private int mask = 1023;
  private int size;

  private static int hash(long a, long b) {
    long h = a * 0x9E3779B97F4A7C15L ^ b * 0xC2B2AE3D27D4EB4FL;
    h ^= h >>> 29;
    return (int) (h ^ h >>> 32);
  }

  Flow get(long a, long b) {
    int i = hash(a, b) & mask;
    while (true) {
      Flow f = vals[i];
      if (f == null) {
        return null;
      }
      if (k1[i] == a && k2[i] == b) {
        return f;
      }
      i = (i + 1) & mask;
    }
  }

  void put(long a, long b, Flow f) {
    if (size * 2 >= vals.length) {
      grow();
    }
    int i = hash(a, b) & mask;
    while (vals[i] != null) {
      if (k1[i] == a && k2[i] == b) {
        vals[i] = f;
        return;
      }
      i = (i + 1) & mask;
    }
    k1[i] = a;
    k2[i] = b;
    vals[i] = f;
    size++;
  }

  void remove(long a, long b) {
    int i = hash(a, b) & mask;
    while (vals[i] != null && !(k1[i] == a && k2[i] == b)) {
      i = (i + 1) & mask;
    }
    if (vals[i] == null) {
      return;
    }
    vals[i] = null;
    size--;
    int j = i;
    while (true) {
      j = (j + 1) & mask;
      if (vals[j] == null) {
        return;
      }
      int home = hash(k1[j], k2[j]) & mask;
      // move j back to the hole i when its home is not cyclically in (i, j]
      boolean between = i <= j ? (home > i && home <= j) : (home > i || home <= j);
      if (!between) {
        k1[i] = k1[j];
        k2[i] = k2[j];
        vals[i] = vals[j];
        vals[j] = null;
        i = j;
      }
    }
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] o1 = k1;
    long[] o2 = k2;
    Flow[] ov = vals;
    int n = ov.length * 2;
    k1 = new long[n];
    k2 = new long[n];
    vals = new Flow[n];
    mask = n - 1;
    size = 0;
    for (int i = 0; i < ov.length; i++) {
      if (ov[i] != null) {
        put(o1[i], o2[i], ov[i]);
      }
    }
  }
}
