package io.wormbench.detectors.anomaly;

/**
 * The learned normal of one device or one peer group: a log histogram per feature during
 * learning, frozen into a median and a robust spread (1.4826 x MAD, floored) at its end.
 */
final class Baseline {
  private final LogHistogram[] histograms = new LogHistogram[Feature.ALL.length];
  private final double[] median = new double[Feature.ALL.length];
  private final double[] spread = new double[Feature.ALL.length];
  private long windows;

  Baseline() {
    for (int i = 0; i < histograms.length; i++) {
      histograms[i] = new LogHistogram();
    }
  }

  /** Learns one window's log-scale feature vector. */
  void learn(double[] v) {
    windows++;
    for (int i = 0; i < v.length; i++) {
      histograms[i].add(v[i]);
    }
  }

  /** Freezes medians and spreads; {@code minSpread} keeps a constant feature from exploding. */
  void freeze(double minSpread) {
    for (int i = 0; i < median.length; i++) {
      median[i] = histograms[i].median();
      spread[i] = Math.max(minSpread, 1.4826 * histograms[i].mad(median[i]));
    }
  }

  /** Windows learned. */
  long windows() {
    return windows;
  }

  /** Robust z-score of a log-scale value of feature {@code i}, positive deviations only. */
  double z(int i, double v) {
    return Math.max(0, (v - median[i]) / spread[i]);
  }

  /** Positive z-score of {@code v} above a given level of feature {@code i}, in this spread. */
  double zAbove(int i, double v, double level) {
    return Math.max(0, (v - level) / spread[i]);
  }

  /** The learned median of feature {@code i}, back on the raw scale. */
  double usual(int i) {
    return Math.pow(2, median[i]) - 1;
  }
}
