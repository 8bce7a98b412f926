package io.wormbench.evaluation.scenario;

import io.wormbench.evaluation.scoring.ScoringSettings;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import java.util.Set;

/**
 * The scenario's {@code evaluation:} section: the scoring windows and the optional
 * closed-loop response (quarantine a host when a detector alerts on it).
 *
 * <pre>
 * evaluation:
 *   matchingWindow: 30m      # alert within 30 min after an attack step still catches it
 *   nabWindow: 1h            # NAB anomaly window after each infection
 *   alertThreshold: 0.5      # operating point of the headline metrics (sweeps see all alerts)
 *   response:
 *     quarantine: true       # isolate a host at alert time + delay
 *     minScore: 0.8
 *     delay: 5m
 * </pre>
 */
public record EvaluationSpec(long matchingWindow, long nabWindow, double alertThreshold,
    ResponseSpec response) {
  /** The fields of the section. */
  public static final Set<String> FIELDS = Set.of("matchingWindow", "nabWindow", "alertThreshold",
      "response");

  /** Binds the {@code evaluation} map of a scenario. */
  public static EvaluationSpec from(SpecNode root) {
    SpecNode e = root.map("evaluation");
    e.rejectUnknown(FIELDS);
    long window = e.durationField("matchingWindow", ScoringSettings.DEFAULT_MATCHING_WINDOW,
        x -> x >= 0 && x <= 7 * Micros.DAY, "must be between 0s and 7d");
    long nab = e.durationField("nabWindow", ScoringSettings.DEFAULT_NAB_WINDOW,
        x -> x > 0 && x <= 7 * Micros.DAY, "must be > 0 and at most 7d");
    double threshold = e.doubleField("alertThreshold", ScoringSettings.DEFAULT_ALERT_THRESHOLD,
        x -> x >= 0 && x <= 1, "must be between 0 and 1");
    return new EvaluationSpec(window, nab, threshold, ResponseSpec.from(e.map("response")));
  }

  /** The scoring settings of this section for a run learning until {@code learningEnd}. */
  public ScoringSettings scoring(long learningEnd) {
    return new ScoringSettings(matchingWindow, learningEnd, nabWindow, alertThreshold);
  }
}
