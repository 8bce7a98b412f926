package io.wormbench.evaluation.experiment;

import io.wormbench.evaluation.replay.RunResult;
import io.wormbench.evaluation.scoring.SeedScore;
import java.io.Serializable;

/** What one {@link SeedTask} returns to the driver: the replayed run and its scores. */
public record SeedRun(RunResult run, SeedScore score) implements Serializable {
  private static final long serialVersionUID = 1L;
}
