package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.BenignActivity;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.HostTimeline;
import io.wormbench.traffic.net.Ipv4;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether one alert is a true or a false positive against the ground truth, the rule
 * of SCORING.md "Alert verdict": true when the alert's host is compromised at alert time, or
 * is the source or target of an attack step whose span, extended by the matching window,
 * contains the alert time; otherwise false, attributed to the benign look-alike on that host
 * whose extended span contains the alert time (the one starting last), else "unattributed".
 */
public final class AlertMatcher {
  private final GroundTruth truth;
  private final ScoringSettings settings;
  private final Map<Integer, List<AttackStep>> stepsByHost = new HashMap<>();
  private final Map<Integer, List<BenignActivity>> lookalikesByHost = new HashMap<>();
  private final Map<Integer, HostTimeline> timelines = new HashMap<>();

  /** A matcher over {@code truth}. */
  public AlertMatcher(GroundTruth truth, ScoringSettings settings) {
    this.truth = truth;
    this.settings = settings;
    for (AttackStep s : truth.steps()) {
      index(stepsByHost, s.source(), s);
      if (s.target() != s.source()) {
        index(stepsByHost, s.target(), s);
      }
    }
    for (HostTimeline t : truth.timelines()) {
      timelines.putIfAbsent(t.host(), t);
    }
    for (BenignActivity b : truth.lookalikes()) {
      index(lookalikesByHost, b.source(), b);
      if (b.target() != b.source()) {
        index(lookalikesByHost, b.target(), b);
      }
    }
  }

  private static <T> void index(Map<Integer, List<T>> map, int host, T item) {
    if (host != Ipv4.NONE) {
      map.computeIfAbsent(host, h -> new ArrayList<>()).add(item);
    }
  }

  /** The verdict on {@code alert}. */
  public ScoredAlert score(Alert alert) {
    if (alert.ts() < settings.learningEnd()) {
      return new ScoredAlert(alert, Verdict.LEARNING, "learning");
    }
    HostTimeline timeline = timelines.get(alert.host());
    if (timeline != null && timeline.compromisedAt(alert.ts())) {
      return new ScoredAlert(alert, Verdict.TP, "compromised");
    }
    AttackStep step = matchingStep(alert.host(), alert.ts());
    if (step != null) {
      return new ScoredAlert(alert, Verdict.TP, "step:" + step.id());
    }
    return new ScoredAlert(alert, Verdict.FP, attribution(alert));
  }

  /** The earliest-starting step with {@code host} as source or target that covers {@code ts}. */
  AttackStep matchingStep(int host, long ts) {
    AttackStep best = null;
    for (AttackStep s : stepsByHost.getOrDefault(host, List.of())) {
      if (covers(s.start(), s.end(), ts) && (best == null || s.start() < best.start())) {
        best = s;
      }
    }
    return best;
  }

  /** True when {@code ts} lies in [start, end + matching window]. */
  boolean covers(long start, long end, long ts) {
    return ts >= start && ts <= end + settings.matchingWindow();
  }

  private String attribution(Alert alert) {
    BenignActivity best = null;
    for (BenignActivity b : lookalikesByHost.getOrDefault(alert.host(), List.of())) {
      if (covers(b.start(), b.end(), alert.ts()) && (best == null || b.start() > best.start())) {
        best = b;
      }
    }
    return best == null ? "unattributed" : "lookalike:" + best.kind();
  }

  /** Scores every alert, keeping order. */
  public List<ScoredAlert> scoreAll(List<Alert> alerts) {
    List<ScoredAlert> out = new ArrayList<>(alerts.size());
    for (Alert a : alerts) {
      out.add(score(a));
    }
    return out;
  }
}
