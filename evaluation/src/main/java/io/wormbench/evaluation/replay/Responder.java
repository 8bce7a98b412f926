package io.wormbench.evaluation.replay;

import io.wormbench.evaluation.scenario.ResponseSpec;
import io.wormbench.traffic.alert.Alert;
import java.util.HashSet;
import java.util.Set;

/**
 * Closed-loop response in simulated time: sees each alert as it is raised and may act on the
 * simulation through a {@link ResponseHook}. Like detectors, responders never see ground truth.
 */
public interface Responder {
  /** Called for each alert as the engine raises it. */
  void onAlert(Alert alert, ResponseHook hook);

  /** A responder that does nothing. */
  static Responder none() {
    return (alert, hook) -> { };
  }

  /**
   * Quarantines a host {@code delay} after the first alert on it scoring at least
   * {@code minScore}, ignoring alerts raised before {@code learningEnd}.
   */
  static Responder of(ResponseSpec spec, long learningEnd) {
    if (!spec.quarantine()) {
      return none();
    }
    Set<Integer> done = new HashSet<>();
    return (alert, hook) -> {
      if (alert.ts() >= learningEnd && alert.score() >= spec.minScore()
          && done.add(alert.host())) {
        hook.quarantine(alert.host(), alert.ts() + spec.delay());
      }
    };
  }
}
