package io.wormbench.evaluation.experiment;

import io.wormbench.evaluation.external.ExternalFailure;
import io.wormbench.evaluation.external.ExternalWork;
import io.wormbench.evaluation.replay.Replay;
import io.wormbench.evaluation.replay.RunResult;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.evaluation.scoring.ScoringSettings;
import io.wormbench.evaluation.scoring.SeedScore;
import java.io.Serializable;
import java.util.function.LongConsumer;

/**
 * One unit of fan-out work: one seed of one bound scenario (a sweep point's scenario is bound
 * already). The scenario travels as its source name and YAML text, so a worker on another
 * machine binds exactly what the driver bound, and every engine runs the same
 * {@link #execute} body: simulate, detect, score.
 *
 * @param scenario the scenario's name, for progress and failure messages
 * @param start the simulated start, microseconds since the epoch, for progress
 * @param end the simulated end, likewise
 * @param workRoot where external detectors' traffic goes ({@link ExternalWork#root()})
 * @param keepWork whether it is kept afterwards
 */
public record SeedTask(String scenario, String source, String yaml, long seed, long start,
    long end, String workRoot, boolean keepWork)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The task for {@code seed} of {@code scenario}, external traffic under {@code work}. */
  public static SeedTask of(Scenario scenario, long seed, ExternalWork work) {
    return new SeedTask(scenario.name(), scenario.source(), scenario.yaml(), seed,
        scenario.simulation().start(), scenario.simulation().end(), work.root().toString(),
        work.keep());
  }

  /** The simulated time span in microseconds. */
  public long span() {
    return end - start;
  }

  /** {@code scenario 'name' seed N}, as failure messages name a task. */
  public String label() {
    return "scenario '" + scenario + "' seed " + seed;
  }

  /**
   * Binds the scenario, replays the seed through its detectors and scores it; {@code clock}
   * receives simulated time. A failure becomes a {@link SeedFailure} naming the task; bad
   * input and an external tool's failure, which name their place already, pass unchanged.
   */
  public SeedRun execute(LongConsumer clock) {
    try {
      Scenario s = Scenario.parse(source, yaml);
      ScoringSettings settings = s.evaluation().scoring(s.simulation().learningEnd());
      Replay.Replayed replayed = Replay.replay(s, seed, clock,
          new ExternalWork(java.nio.file.Path.of(workRoot), keepWork), settings.matchingWindow());
      RunResult run = replayed.run();
      // External tools' alerts may name flows: score those at flow level as `score` does.
      SeedScore score = replayed.matcher() == null
          ? SeedScore.of(seed, run.truth(), run.alerts(), s.detectors().names(), settings)
          : SeedScore.of(seed, run.truth(), run.alerts(), replayed.flows(), replayed.matcher(),
              s.detectors().names(), settings);
      return new SeedRun(run, score);
    } catch (SeedFailure | ExternalFailure e) {
      throw e; // an external tool's failure names its detector and seed already
    } catch (RuntimeException e) {
      if (io.wormbench.traffic.BadInput.is(e)) {
        throw e;
      }
      throw new SeedFailure(label(), e);
    }
  }
}
