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
      "falseAlarmsPerDay");

  /** Supporting metrics. */
  public static final List<String> SECONDARY;

  static {
    List<String> s = new ArrayList<>(List.of("alerts", "trueAlerts", "falseAlerts",
        "learningAlerts", "hostsInfected", "hostsDetected", "hostsUndetected", "meanTtdSeconds",
        "prAuc", "nabStandard"));
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

  /** True for a primary metric. */
  public static boolean isPrimary(String metric) {
    return PRIMARY.contains(metric);
  }
}
