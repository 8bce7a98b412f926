package io.wormbench.detectors.anomaly;

import java.util.Arrays;

/**
 * A fixed-bin histogram of {@code log2(1 + x)}, half a unit per bin, from which the median
 * and the median absolute deviation are read. Counts and bytes are heavy-tailed, so robust
 * statistics on the log scale are what Chandola et al.'s survey ("Anomaly Detection: A
 * Survey", ACM CSUR 2009) and Rousseeuw and Croux recommend; a histogram keeps memory fixed
 * per device and feature however long learning lasts.
 */
final class LogHistogram {
  static final double BIN = 0.5;
  static final int BINS = 80;

  private final int[] counts = new int[BINS];
  private long total;

  /** The log-scale value of a raw count. */
  static double scale(double x) {
    return Math.log1p(Math.max(0, x)) / Math.log(2);
  }

  /** Adds one window's log-scale value. */
  void add(double v) {
    counts[Math.min(BINS - 1, (int) (v / BIN))]++;
    total++;
  }

  /** Windows recorded. */
  long total() {
    return total;
  }

  /** Median of the recorded values (bin centre); 0 when empty. */
  double median() {
    if (total == 0) {
      return 0;
    }
    long half = (total + 1) / 2;
    long seen = 0;
    for (int i = 0; i < BINS; i++) {
      seen += counts[i];
      if (seen >= half) {
        return centre(i);
      }
    }
    return centre(BINS - 1);
  }

  /** Median absolute deviation about {@code median}, at bin resolution. */
  double mad(double median) {
    if (total == 0) {
      return 0;
    }
    double[] dist = new double[BINS];
    Integer[] order = new Integer[BINS];
    for (int i = 0; i < BINS; i++) {
      dist[i] = Math.abs(centre(i) - median);
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(dist[a], dist[b]));
    long half = (total + 1) / 2;
    long seen = 0;
    for (int i : order) {
      seen += counts[i];
      if (seen >= half) {
        return dist[i];
      }
    }
    return 0;
  }

  private static double centre(int bin) {
    // The first bin holds exact zeros in practice, so it is centred on 0, not on 0.25.
    return bin == 0 ? 0 : (bin + 0.5) * BIN;
  }
}
