package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.truth.Stage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One metric, declared once: its name (as written in metrics.json, metrics.csv and the report),
 * its role (primary metrics are the headline, secondary ones support them), its unit, the range
 * its values and intervals are clipped to, and which direction is better. The typed-result
 * habit of JMH's {@code Result(role, label, statistics, unit)}: outputs, comparisons and charts
 * iterate {@link #ALL} instead of spelling names. Definitions are in SCORING.md; the
 * computations in {@link DetectorScorer}.
 */
public record Metric(String name, Role role, Unit unit, double min, double max,
    Direction direction) implements Serializable {

  /** Headline or supporting. */
  public enum Role { PRIMARY, SECONDARY }

  /** What a value counts or measures. */
  public enum Unit {
    /** A proportion in [0, 1]. */
    SHARE("share"),
    /** Simulated seconds. */
    SECONDS("s"),
    /** A count per seed. */
    COUNT("count"),
    /** False alarms per 1,000 host-days. */
    PER_1000_HOST_DAYS("per 1000 host-days"),
    /** False alarms per scored day. */
    PER_DAY("per day"),
    /** The NAB score, 100 for a perfect detector, 0 for one that never alerts. */
    NAB_SCORE("NAB score");

    private final String label;

    Unit(String label) {
      this.label = label;
    }

    /** The unit as printed. */
    public String label() {
      return label;
    }
  }

  /** Which way is better, for comparisons. */
  public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, NEITHER;

    /** +1 when {@code delta} is an improvement, -1 when it is worse, 0 when it is neither. */
    public int sign(double delta) {
      if (delta == 0 || Double.isNaN(delta) || this == NEITHER) {
        return 0;
      }
      return (delta > 0) == (this == HIGHER_IS_BETTER) ? 1 : -1;
    }
  }

  private static final double INF = Double.POSITIVE_INFINITY;
  private static final Map<String, Metric> BY_NAME = new LinkedHashMap<>();
  private static final List<Metric> DECLARED = new ArrayList<>();

  public static final Metric HOST_RECALL = primary("hostRecall", Unit.SHARE, 0, 1, true);
  public static final Metric HOST_PRECISION = primary("hostPrecision", Unit.SHARE, 0, 1, true);
  public static final Metric HOST_F1 = primary("hostF1", Unit.SHARE, 0, 1, true);
  public static final Metric ALERT_PRECISION = primary("alertPrecision", Unit.SHARE, 0, 1, true);
  public static final Metric MEDIAN_TTD = primary("medianTtdSeconds", Unit.SECONDS, 0, INF, false);
  public static final Metric RUN_TTD = primary("runTtdSeconds", Unit.SECONDS, 0, INF, false);
  public static final Metric FALSE_ALARMS_PER_1000_HOST_DAYS =
      primary("falseAlarmsPer1000HostDays", Unit.PER_1000_HOST_DAYS, 0, INF, false);
  public static final Metric FALSE_ALARMS_PER_DAY =
      primary("falseAlarmsPerDay", Unit.PER_DAY, 0, INF, false);
  public static final Metric FLOW_PRECISION = primary("flowPrecision", Unit.SHARE, 0, 1, true);
  public static final Metric FLOW_RECALL = primary("flowRecall", Unit.SHARE, 0, 1, true);

  public static final Metric ALERTS = count("alerts");
  public static final Metric ALERTS_AT_THRESHOLD = count("alertsAtThreshold");
  public static final Metric TRUE_ALERTS = secondary("trueAlerts", Unit.COUNT, 0, INF,
      Direction.HIGHER_IS_BETTER);
  public static final Metric FALSE_ALERTS = secondary("falseAlerts", Unit.COUNT, 0, INF,
      Direction.LOWER_IS_BETTER);
  public static final Metric LEARNING_ALERTS = count("learningAlerts");
  public static final Metric HOSTS_INFECTED = count("hostsInfected");
  public static final Metric HOSTS_DETECTED = secondary("hostsDetected", Unit.COUNT, 0, INF,
      Direction.HIGHER_IS_BETTER);
  public static final Metric HOSTS_UNDETECTED = secondary("hostsUndetected", Unit.COUNT, 0, INF,
      Direction.LOWER_IS_BETTER);
  public static final Metric MEAN_TTD = secondary("meanTtdSeconds", Unit.SECONDS, 0, INF,
      Direction.LOWER_IS_BETTER);
  public static final Metric PR_AUC = secondary("prAuc", Unit.SHARE, 0, 1,
      Direction.HIGHER_IS_BETTER);
  /** NAB has no floor: a noisy detector scores below 0. */
  public static final Metric NAB_STANDARD = secondary("nabStandard", Unit.NAB_SCORE,
      Double.NEGATIVE_INFINITY, 100, Direction.HIGHER_IS_BETTER);
  public static final Metric FLOW_ALERTS = count("flowAlerts");
  public static final Metric FLOW_TRUE_ALERTS = secondary("flowTrueAlerts", Unit.COUNT, 0, INF,
      Direction.HIGHER_IS_BETTER);
  public static final Metric FLOW_HOST_RECALL = secondary("flowHostRecall", Unit.SHARE, 0, 1,
      Direction.HIGHER_IS_BETTER);

  private static final Map<Stage, Metric> COVERAGE = new java.util.EnumMap<>(Stage.class);

  static {
    for (Stage s : Stage.values()) {
      COVERAGE.put(s, secondary("coverage." + s.name(), Unit.SHARE, 0, 1,
          Direction.HIGHER_IS_BETTER));
    }
  }

  /** Every metric, primary then secondary, in the order outputs list them. */
  public static final List<Metric> ALL = Collections.unmodifiableList(DECLARED);

  /** The primary metrics, in output order. */
  public static final List<Metric> PRIMARY =
      DECLARED.stream().filter(m -> m.role == Role.PRIMARY).toList();

  /** The secondary metrics, in output order. */
  public static final List<Metric> SECONDARY =
      DECLARED.stream().filter(m -> m.role == Role.SECONDARY).toList();

  private static Metric primary(String name, Unit unit, double min, double max,
      boolean higherIsBetter) {
    return declare(new Metric(name, Role.PRIMARY, unit, min, max,
        higherIsBetter ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER));
  }

  private static Metric secondary(String name, Unit unit, double min, double max,
      Direction direction) {
    return declare(new Metric(name, Role.SECONDARY, unit, min, max, direction));
  }

  /** A descriptive count (alerts raised, hosts infected): neither direction is better. */
  private static Metric count(String name) {
    return secondary(name, Unit.COUNT, 0, INF, Direction.NEITHER);
  }

  private static Metric declare(Metric m) {
    if (BY_NAME.putIfAbsent(m.name, m) != null) {
      throw new IllegalStateException("metric " + m.name + " declared twice");
    }
    // Primary metrics come first in every output, whatever the declaration order.
    int at = m.role == Role.PRIMARY
        ? (int) DECLARED.stream().filter(d -> d.role == Role.PRIMARY).count() : DECLARED.size();
    DECLARED.add(at, m);
    return m;
  }

  /** The coverage metric of a stage. */
  public static Metric coverage(Stage stage) {
    return COVERAGE.get(stage);
  }

  /** The metric of this name. */
  public static Optional<Metric> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** True for a headline metric. */
  public boolean primary() {
    return role == Role.PRIMARY;
  }

  @Override
  public String toString() {
    return name;
  }
}
