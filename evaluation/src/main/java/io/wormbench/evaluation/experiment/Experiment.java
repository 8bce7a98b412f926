package io.wormbench.evaluation.experiment;

import io.wormbench.evaluation.external.ExternalWork;
import io.wormbench.evaluation.replay.Replay;
import io.wormbench.evaluation.replay.RunResult;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.evaluation.scoring.RunSummary;
import io.wormbench.evaluation.scoring.ScoringSettings;
import io.wormbench.evaluation.scoring.SeedScore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a scenario over its seeds on a bounded thread pool and scores each seed. Each seed is a
 * pure function of (scenario, seed) with its own simulator and detectors, and results are
 * gathered in seed order, so the outcome is identical whatever the thread count.
 */
public final class Experiment {
  private Experiment() {}

  /** Runs every seed of {@code scenario} on {@code threads} threads. */
  public static RunOutcome run(Scenario scenario, int threads, Progress progress) {
    return run(scenario, threads, progress, ExternalWork.temporary());
  }

  /**
   * Runs every seed of {@code scenario} on {@code threads} threads; its external detectors'
   * traffic goes under {@code work}.
   */
  public static RunOutcome run(Scenario scenario, int threads, Progress progress,
      ExternalWork work) {
    List<Long> seeds = scenario.seeds();
    long span = scenario.simulation().end() - scenario.simulation().start();
    progress.start(seeds.size() * span);
    int pool = Math.max(1, Math.min(threads, seeds.size()));
    ExecutorService exec = Executors.newFixedThreadPool(pool, r -> {
      Thread t = new Thread(r, "wormbench-seed");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Scored>> futures = new ArrayList<>();
      for (long seed : seeds) {
        futures.add(exec.submit(() -> runSeed(scenario, seed, progress, work)));
      }
      List<RunResult> runs = new ArrayList<>();
      List<SeedScore> scores = new ArrayList<>();
      for (Future<Scored> f : futures) {
        Scored s = get(f);
        runs.add(s.run());
        scores.add(s.score());
      }
      progress.done();
      return new RunOutcome(scenario.name(), scenario.source(),
          scenario.evaluation().matchingWindow(), runs, scores, RunSummary.of(scores));
    } finally {
      exec.shutdownNow();
    }
  }

  private record Scored(RunResult run, SeedScore score) {}

  private static Scored runSeed(Scenario scenario, long seed, Progress progress,
      ExternalWork work) {
    long start = scenario.simulation().start();
    long[] last = {start};
    RunResult r = Replay.run(scenario, seed, ts -> {
      progress.advance(ts - last[0]);
      last[0] = ts;
    }, work);
    ScoringSettings settings = scenario.evaluation().scoring(scenario.simulation().learningEnd());
    return new Scored(r, SeedScore.of(seed, r.truth(), r.alerts(), scenario.detectors().names(),
        settings));
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }
}
