package io.wormbench.evaluation.experiment;

import io.wormbench.evaluation.replay.RunResult;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.evaluation.scoring.RunSummary;
import io.wormbench.evaluation.scoring.SeedScore;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs scenarios over their seeds and scores each seed. Every seed is a pure function of
 * (scenario, seed) with its own simulator and detectors; the tasks go to a {@link FanOut}
 * engine and come back in task order, and aggregation over seeds happens here only, so the
 * outcome is identical whatever the engine or its parallelism.
 */
public final class Experiment {
  private Experiment() {}

  /** Runs every seed of {@code scenario} on {@code threads} local threads. */
  public static RunOutcome run(Scenario scenario, int threads, Progress progress) {
    return run(scenario, new LocalFanOut(threads), progress);
  }

  /** Runs every seed of {@code scenario} on {@code engine}. */
  public static RunOutcome run(Scenario scenario, FanOut engine, Progress progress) {
    return runAll(List.of(scenario), engine, progress).get(0);
  }

  /**
   * Runs every seed of every scenario as one batch of tasks on {@code engine}, so a cluster
   * sees all of them at once, and returns one outcome per scenario, in order.
   */
  public static List<RunOutcome> runAll(List<Scenario> scenarios, FanOut engine,
      Progress progress) {
    List<SeedTask> tasks = new ArrayList<>();
    for (Scenario s : scenarios) {
      for (long seed : s.seeds()) {
        tasks.add(SeedTask.of(s, seed));
      }
    }
    List<SeedRun> done = engine.run(tasks, progress);
    if (done.size() != tasks.size()) {
      throw new IllegalStateException(engine.describe() + " returned " + done.size()
          + " results for " + tasks.size() + " tasks");
    }
    List<RunOutcome> out = new ArrayList<>();
    int next = 0;
    for (Scenario s : scenarios) {
      List<SeedRun> own = done.subList(next, next + s.seeds().size());
      next += s.seeds().size();
      out.add(outcome(s, own));
    }
    return out;
  }

  private static RunOutcome outcome(Scenario scenario, List<SeedRun> seeds) {
    List<RunResult> runs = new ArrayList<>();
    List<SeedScore> scores = new ArrayList<>();
    for (SeedRun r : seeds) {
      runs.add(r.run());
      scores.add(r.score());
    }
    return new RunOutcome(scenario.name(), scenario.source(),
        scenario.evaluation().matchingWindow(), runs, scores, RunSummary.of(scores));
  }
}
