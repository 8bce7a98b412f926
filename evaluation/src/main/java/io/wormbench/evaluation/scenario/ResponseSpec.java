package io.wormbench.evaluation.scenario;

import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import java.util.Set;

/**
 * Closed-loop response: when {@code quarantine} is on, a host is quarantined in the simulation
 * {@code delay} after the first scored alert on it with a score of at least {@code minScore}.
 */
public record ResponseSpec(boolean quarantine, double minScore, long delay) {
  /** The fields of the section. */
  public static final Set<String> FIELDS = Set.of("quarantine", "minScore", "delay");

  /** No response. */
  public static final ResponseSpec NONE = new ResponseSpec(false, 1, 0);

  /** Binds {@code evaluation.response}. */
  public static ResponseSpec from(SpecNode r) {
    r.rejectUnknown(FIELDS);
    return new ResponseSpec(r.bool("quarantine", false),
        r.doubleField("minScore", 0.5, x -> x >= 0 && x <= 1, "must be between 0 and 1"),
        r.durationField("delay", 0, x -> x >= 0 && x <= Micros.DAY, "must be between 0s and 1d"));
  }
}
