package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.alert.Alert;
import java.io.Serializable;

/**
 * An alert with the scorer's verdict and what explains it: {@code compromised} or
 * {@code step:<id>} for a true positive, {@code lookalike:<kind>} or {@code unattributed} for a
 * false positive, {@code learning} during the learning period.
 */
public record ScoredAlert(Alert alert, Verdict verdict, String attribution)
    implements Serializable {
  /** True for an alert counted as a true positive. */
  public boolean isTrue() {
    return verdict == Verdict.TP;
  }

  /** True for an alert that is scored (not raised while learning). */
  public boolean scored() {
    return verdict != Verdict.LEARNING;
  }
}
