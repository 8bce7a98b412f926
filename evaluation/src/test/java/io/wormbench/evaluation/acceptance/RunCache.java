package io.wormbench.evaluation.acceptance;

import io.wormbench.evaluation.experiment.Experiment;
import io.wormbench.evaluation.experiment.Progress;
import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.scenario.Scenario;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A memo of runs for the acceptance features: a run is a pure function of (scenario text,
 * seeds), so features that ask about the same run share it instead of simulating it again.
 * This is the only state shared between Cucumber scenarios, and it cannot leak anything but
 * the run's own result.
 */
final class RunCache {
  private static final Map<String, RunOutcome> RUNS = new ConcurrentHashMap<>();

  private RunCache() {}

  static RunOutcome run(Scenario scenario) {
    String key = scenario.yaml() + "\u0000" + scenario.seeds();
    return RUNS.computeIfAbsent(key, k -> Experiment.run(scenario,
        Runtime.getRuntime().availableProcessors(), Progress.NONE));
  }
}
