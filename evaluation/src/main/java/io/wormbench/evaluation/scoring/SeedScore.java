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
    List<String> names = new ArrayList<>(detectorNames);
    for (Alert a : alerts) {
      if (!names.contains(a.detector())) {
        names.add(a.detector()); // external tools' detector names are not known in advance
      }
    }
    for (String name : names) {
      List<Alert> own = alerts.stream().filter(a -> a.detector().equals(name)).toList();
      out.put(name, scorer.score(name, own, flows));
    }
    return new SeedScore(seed, truth, scorer.scoredDays(), out, settings);
  }
}
