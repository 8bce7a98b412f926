package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.truth.HostTimeline;
import java.util.List;

/**
 * A NAB-style score with the Standard profile (Lavin and Ahmad, "Evaluating Real-time Anomaly
 * Detection Algorithms - the Numenta Anomaly Benchmark", ICMLA 2015): each infected host opens
 * a window [infectedAt, infectedAt + nabWindow]; the first scored alert on the host inside it
 * earns {@code A_TP * sigma(y)}, with y the relative position in the window (-1 at its start,
 * 0 at its end) and {@code sigma(y) = 2 / (1 + e^(5y)) - 1}; a window with no alert costs
 * {@code A_FN}; every false-positive alert costs {@code A_FP}. Later alerts in a window and
 * true alerts outside windows count 0. The raw score is normalised to 100 for a detector
 * that alerts at every window's start and 0 for one that never alerts. Unlike NAB we apply a
 * false positive's full weight instead of scaling it by its distance from the preceding window.
 */
public final class NabScore {
  /** Standard profile weights. */
  public static final double A_TP = 1.0;
  public static final double A_FP = -0.11;
  public static final double A_FN = -1.0;

  private NabScore() {}

  /** The scaled sigmoid of NAB. */
  public static double sigma(double y) {
    return 2 / (1 + Math.exp(5 * y)) - 1;
  }

  /** The normalised score; NaN when no host is infected. */
  public static double normalised(List<ScoredAlert> alerts, List<HostTimeline> infected,
      long nabWindow) {
    if (infected.isEmpty()) {
      return Double.NaN;
    }
    double raw = 0;
    for (HostTimeline t : infected) {
      long end = t.infectedAt() + nabWindow;
      long first = HostTimeline.NEVER;
      for (ScoredAlert a : alerts) {
        long ts = a.alert().ts();
        if (a.scored() && a.alert().host() == t.host() && ts >= t.infectedAt() && ts <= end
            && ts < first) {
          first = ts;
        }
      }
      if (first == HostTimeline.NEVER) {
        raw += A_FN;
      } else {
        double y = -(double) (end - first) / nabWindow;
        raw += A_TP * sigma(y);
      }
    }
    for (ScoredAlert a : alerts) {
      if (a.verdict() == Verdict.FP) {
        raw += A_FP;
      }
    }
    double perfect = infected.size() * A_TP * sigma(-1);
    double none = infected.size() * A_FN;
    return 100 * (raw - none) / (perfect - none);
  }
}
