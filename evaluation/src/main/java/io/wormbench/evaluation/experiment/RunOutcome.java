package io.wormbench.evaluation.experiment;

import io.wormbench.evaluation.replay.RunResult;
import io.wormbench.evaluation.scoring.RunSummary;
import io.wormbench.evaluation.scoring.SeedScore;
import java.util.List;

/**
 * Everything one run of a scenario over its seeds produced, in seed order: the replayed runs,
 * their scores and the summary over seeds. Output writers read only this.
 *
 * @param scenario the scenario name
 * @param scenarioFile the file it came from, for reproduction
 * @param matchingWindow the scoring matching window (micros)
 */
public record RunOutcome(String scenario, String scenarioFile, long matchingWindow,
    List<RunResult> runs, List<SeedScore> scores, RunSummary summary) {
  public RunOutcome {
    runs = List.copyOf(runs);
    scores = List.copyOf(scores);
  }

  /** The seeds in order. */
  public List<Long> seeds() {
    return summary.seeds();
  }
}
