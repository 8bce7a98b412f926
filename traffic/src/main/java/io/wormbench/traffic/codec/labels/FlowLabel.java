package io.wormbench.traffic.codec.labels;

import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.truth.Stage;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@code labels.csv}: a connection of the run, its identity (uid, Community ID,
 * 5-tuple, start and duration) and what the truth says of it: {@code malicious} when an attack
 * step produced it (with that step's id, stage and ATT&CK technique), else benign, with the
 * look-alike kind when a benign look-alike produced it. Times are microseconds.
 */
public record FlowLabel(long ts, String uid, String communityId, Transport proto, ConnId id,
    long duration, boolean malicious, String lookalike, Optional<Stage> stage, String technique,
    int step) {
  /** The step id of a benign flow. */
  public static final int NO_STEP = -1;

  public FlowLabel {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(proto, "proto");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lookalike, "lookalike");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(technique, "technique");
  }

  /** {@code malicious} or {@code benign}. */
  public String label() {
    return malicious ? "malicious" : "benign";
  }
}
