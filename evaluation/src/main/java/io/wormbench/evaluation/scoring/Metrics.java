package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.truth.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of every metric, primary then secondary, in the order outputs list them. The
 * definitions are in SCORING.md; the computations in {@link DetectorScorer}.
 */
public final class Metrics {
  /** The headline metrics. */
  public static final List<String> PRIMARY = List.of("hostRecall", "hostPrecision", "hostF1",
      "alertPrecision", "medianTtdSeconds", "runTtdSeconds", "falseAlarmsPer1000HostDays",
      "falseAlarmsPerDay", "flowPrecision", "flowRecall");

  /** Supporting metrics. */
  public static final List<String> SECONDARY;

  static {
    List<String> s = new ArrayList<>(List.of("alerts", "alertsAtThreshold", "trueAlerts",
        "falseAlerts", "learningAlerts", "hostsInfected", "hostsDetected", "hostsUndetected", "meanTtdSeconds",
        "prAuc", "nabStandard", "flowAlerts", "flowTrueAlerts", "flowHostRecall"));
    for (Stage stage : Stage.values()) {
      s.add(coverage(stage));
    }
    SECONDARY = List.copyOf(s);
  }

  /** The name of pooled pseudo-detector. */
  public static final String ALL_DETECTORS = "all-detectors";

  private Metrics() {}

  /** The coverage metric of {@code stage}. */
  public static String coverage(Stage stage) {
    return "coverage." + stage.name();
  }

  /** The least value the metric can take: 0 for all but the NAB score, which has no floor. */
  public static double min(String metric) {
    return metric.equals("nabStandard") ? Double.NEGATIVE_INFINITY : 0;
  }

  /** The greatest value the metric can take: 1 for shares, 100 for NAB, else unbounded. */
  public static double max(String metric) {
    if (metric.equals("nabStandard")) {
      return 100;
    }
    return SHARES.contains(metric) || metric.startsWith("coverage.") ? 1 : Double.POSITIVE_INFINITY;
  }

  private static final java.util.Set<String> SHARES =
      java.util.Set.of("hostRecall", "hostPrecision", "hostF1", "alertPrecision", "prAuc",
          "flowPrecision", "flowRecall", "flowHostRecall");

  /** True for a primary metric. */
  public static boolean isPrimary(String metric) {
    return PRIMARY.contains(metric);
  }
}
