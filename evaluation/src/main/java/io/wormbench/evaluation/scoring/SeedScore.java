package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.truth.GroundTruth;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one seed: {@code all-detectors} first, then each detector in suite order,
 * plus the scoring context (truth, scored days) the outputs need.
 */
public record SeedScore(long seed, GroundTruth truth, double scoredDays,
    Map<String, DetectorSeedScore> detectors, ScoringSettings settings)
    implements Serializable {

  /** Scores {@code alerts} of one run against its truth, per detector and pooled. */
  public static SeedScore of(long seed, GroundTruth truth, List<Alert> alerts,
      List<String> detectorNames, ScoringSettings settings) {
    return of(seed, truth, alerts, AlertFlows.NONE, new FlowMatcher(truth,
        settings.matchingWindow()), detectorNames, settings);
  }

  /** Scores alerts that may name flows, resolved by {@code flowMatcher}. */
  public static SeedScore of(long seed, GroundTruth truth, List<Alert> alerts, AlertFlows flows,
      FlowMatcher flowMatcher, List<String> detectorNames, ScoringSettings settings) {
    DetectorScorer scorer = new DetectorScorer(truth, settings, flowMatcher);
    Map<String, DetectorSeedScore> out = new LinkedHashMap<>();
    out.put(Metrics.ALL_DETECTORS, scorer.score(Metrics.ALL_DETECTORS, alerts, flows));
    // One pass groups the alerts by detector, in suite order then first appearance (external
    // tools' detector names are not known in advance): O(n), whatever the number of detectors.
    Map<String, List<Alert>> own = new LinkedHashMap<>();
    for (String name : detectorNames) {
      own.put(name, new ArrayList<>());
    }
    for (Alert a : alerts) {
      own.computeIfAbsent(a.detector(), k -> new ArrayList<>()).add(a);
    }
    for (Map.Entry<String, List<Alert>> e : own.entrySet()) {
      out.put(e.getKey(), scorer.score(e.getKey(), e.getValue(), flows));
    }
    return new SeedScore(seed, truth, scorer.scoredDays(), out, settings);
  }
}
