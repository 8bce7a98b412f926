package io.wormbench.evaluation.scoring;

/** The scorer's judgement of one alert. */
public enum Verdict {
  /** The alert's host is compromised or under attack: see SCORING.md. */
  TP,
  /** Nothing in the ground truth explains the alert. */
  FP,
  /** Raised during the learning period: kept, not scored. */
  LEARNING
}
