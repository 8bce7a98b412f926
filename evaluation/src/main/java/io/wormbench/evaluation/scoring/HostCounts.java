package io.wormbench.evaluation.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Host-level counts behind precision, recall and F1 (SCORING.md "Host level"): flagged hosts
 * have at least one scored alert at or above the threshold; a flagged host is correctly
 * flagged when one of those alerts is a true positive; an infected host is detected when it
 * is correctly flagged.
 */
public record HostCounts(int flagged, int flaggedTrue, int infected, int detected, int trueAlerts,
    int falseAlerts) {

  /** Counts for the scored alerts in {@code alerts} with a score of at least {@code threshold}. */
  public static HostCounts of(List<ScoredAlert> alerts, Set<Integer> infectedHosts,
      double threshold) {
    Set<Integer> flagged = new HashSet<>();
    Set<Integer> flaggedTrue = new HashSet<>();
    int tp = 0;
    int fp = 0;
    for (ScoredAlert a : alerts) {
      if (!a.scored() || a.alert().score() < threshold) {
        continue;
      }
      flagged.add(a.alert().host());
      if (a.isTrue()) {
        tp++;
        flaggedTrue.add(a.alert().host());
      } else {
        fp++;
      }
    }
    int detected = 0;
    for (int h : flaggedTrue) {
      if (infectedHosts.contains(h)) {
        detected++;
      }
    }
    return new HostCounts(flagged.size(), flaggedTrue.size(), infectedHosts.size(), detected, tp,
        fp);
  }

  /** Correctly flagged hosts over flagged hosts; NaN when nothing is flagged. */
  public double precision() {
    return flagged == 0 ? Double.NaN : (double) flaggedTrue / flagged;
  }

  /** Detected infected hosts over infected hosts; NaN when no host is infected. */
  public double recall() {
    return infected == 0 ? Double.NaN : (double) detected / infected;
  }

  /** Harmonic mean of precision and recall; 0 when both are 0, NaN when either is undefined. */
  public double f1() {
    return f1(precision(), recall());
  }

  /** Harmonic mean with the same conventions. */
  public static double f1(double p, double r) {
    if (Double.isNaN(p) || Double.isNaN(r)) {
      return Double.NaN;
    }
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** True alerts over scored alerts; NaN with no scored alert. */
  public double alertPrecision() {
    int n = trueAlerts + falseAlerts;
    return n == 0 ? Double.NaN : (double) trueAlerts / n;
  }
}
