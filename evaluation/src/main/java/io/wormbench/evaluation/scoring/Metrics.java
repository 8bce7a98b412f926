package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.truth.Stage;
import java.util.List;

/**
 * Metric names as strings, derived from the {@link Metric} registry for outputs keyed by name
 * (metrics.json, metrics.csv, the per-seed maps); the pooled pseudo-detector's name.
 */
public final class Metrics {
  /** The headline metrics' names. */
  public static final List<String> PRIMARY = Metric.PRIMARY.stream().map(Metric::name).toList();

  /** Supporting metrics' names. */
  public static final List<String> SECONDARY =
      Metric.SECONDARY.stream().map(Metric::name).toList();

  /** The name of pooled pseudo-detector. */
  public static final String ALL_DETECTORS = "all-detectors";

  private Metrics() {}

  /** The coverage metric name of {@code stage}. */
  public static String coverage(Stage stage) {
    return Metric.coverage(stage).name();
  }

  /** The least value the metric can take (see {@link Metric#min()}). */
  public static double min(String metric) {
    return of(metric).min();
  }

  /** The greatest value the metric can take (see {@link Metric#max()}). */
  public static double max(String metric) {
    return of(metric).max();
  }

  /** True for a primary metric. */
  public static boolean isPrimary(String metric) {
    return of(metric).primary();
  }

  private static Metric of(String name) {
    return Metric.byName(name).orElseThrow(() -> new IllegalArgumentException("no metric " + name));
  }
}
