package io.wormbench.evaluation.report.chart;

import java.util.Arrays;

/**
 * The empirical cumulative distribution of time-to-detect, normalised by ALL infected hosts:
 * undetected hosts are part of the denominator, so the curve levels off below 1 and the gap
 * shows the misses instead of hiding them (the habit the issue asks for: undetected hosts are
 * never averaged in as zero, nor dropped).
 */
public final class TtdCdf {
  private TtdCdf() {}

  /**
   * The share of infected hosts detected within each bin edge.
   *
   * @param detectedSeconds time-to-detect of each detected host, in seconds, each >= 0
   * @param infected number of infected hosts, detected or not (>= detectedSeconds.length)
   * @param edges ascending bin edges in seconds
   * @return for each edge, the share of infected hosts with time-to-detect <= edge
   */
  public static double[] atEdges(double[] detectedSeconds, int infected, double[] edges) {
    check(detectedSeconds, infected);
    double[] sorted = detectedSeconds.clone();
    Arrays.sort(sorted);
    double[] out = new double[edges.length];
    int i = 0;
    for (int e = 0; e < edges.length; e++) {
      if (e > 0 && edges[e] < edges[e - 1]) {
        throw new IllegalArgumentException("edges must ascend");
      }
      while (i < sorted.length && sorted[i] <= edges[e]) {
        i++;
      }
      out[e] = infected == 0 ? 0 : (double) i / infected;
    }
    return out;
  }

  /**
   * Staircase points of the exact empirical CDF: x = each distinct detection time, y = share
   * of infected hosts detected by then; starts at (0, share detected at 0).
   */
  public static double[][] steps(double[] detectedSeconds, int infected) {
    check(detectedSeconds, infected);
    double[] sorted = detectedSeconds.clone();
    Arrays.sort(sorted);
    double[] xs = new double[2 * sorted.length + 1];
    double[] ys = new double[2 * sorted.length + 1];
    int n = 0;
    xs[n] = 0;
    ys[n++] = 0;
    for (int i = 0; i < sorted.length; i++) {
      double before = (double) i / infected;
      double after = (double) (i + 1) / infected;
      xs[n] = sorted[i];
      ys[n++] = before;
      xs[n] = sorted[i];
      ys[n++] = after;
    }
    return new double[][] {Arrays.copyOf(xs, n), Arrays.copyOf(ys, n)};
  }

  private static void check(double[] detected, int infected) {
    if (detected.length > infected) {
      throw new IllegalArgumentException(
          detected.length + " detected hosts but only " + infected + " infected");
    }
    for (double d : detected) {
      if (!(d >= 0) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("time-to-detect must be finite and >= 0: " + d);
      }
    }
  }
}
