package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.alert.Alert;
import java.io.Serializable;

/**
 * An alert with the scorer's verdict and what explains it: {@code compromised} or
 * {@code step:<id>} for a true positive, {@code lookalike:<kind>} or {@code unattributed} for a
 * false positive, {@code learning} during the learning period; and, beside it, the flow-level
 * verdict with the uid of the attack flow it hit (empty unless {@code flow} is TP).
 */
public record ScoredAlert(Alert alert, Verdict verdict, String attribution, FlowVerdict flow,
    String flowUid) implements Serializable {
  /** A host-level verdict without flow information. */
  public ScoredAlert(Alert alert, Verdict verdict, String attribution) {
    this(alert, verdict, attribution, FlowVerdict.NONE, "");
  }

  /** True for an alert counted as a true positive. */
  public boolean isTrue() {
    return verdict == Verdict.TP;
  }

  /** True for an alert that is scored (not raised while learning). */
  public boolean scored() {
    return verdict != Verdict.LEARNING;
  }

  /** This alert with a flow-level verdict. */
  public ScoredAlert withFlow(FlowVerdict v, String uid) {
    return new ScoredAlert(alert, verdict, attribution, v, uid);
  }
}
