package io.wormbench.evaluation.experiment;

import io.wormbench.evaluation.external.ExternalWork;
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
    return run(scenario, threads, progress, ExternalWork.temporary());
  }

  /**
   * Runs every seed of {@code scenario} on {@code threads} local threads; its external
   * detectors' traffic goes under {@code work}.
   */
  public static RunOutcome run(Scenario scenario, int threads, Progress progress,
      ExternalWork work) {
    return run(scenario, new LocalFanOut(threads), progress, work);
  }

  /** Runs every seed of {@code scenario} on {@code engine}. */
  public static RunOutcome run(Scenario scenario, FanOut engine, Progress progress,
      ExternalWork work) {
    return runAll(List.of(scenario), List.of(work), engine, progress).get(0);
  }

  /**
   * Runs every seed of every scenario as one batch of tasks on {@code engine}, so a cluster
   * sees all of them at once, and returns one outcome per scenario, in order; scenario i's
   * external detectors write their traffic under {@code works.get(i)}.
   */
  public static List<RunOutcome> runAll(List<Scenario> scenarios, List<ExternalWork> works,
      FanOut engine, Progress progress) {
    List<SeedTask> tasks = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      for (long seed : scenarios.get(i).seeds()) {
        tasks.add(SeedTask.of(scenarios.get(i), seed, works.get(i)));
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
