package io.wormbench.evaluation.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.traffic.fuzz.FuzzHarness;

/**
 * Fuzz target: scenario YAML files bound in full (simulation, network, benign behaviour,
 * attacks, detectors, evaluation, sweeps), as {@code wormbench run} loads them before
 * simulating; the bounds of scenarios/README.md keep any accepted file finite. Seeds and
 * regression inputs: ScenarioFuzzTestInputs/fuzz/ beside this class in the test resources;
 * crash rule: {@link FuzzHarness}.
 */
public final class ScenarioFuzzTest {
  /** One input (libFuzzer's entry point, used by .ci/fuzz). */
  public static void fuzzerTestOneInput(byte[] data) {
    FuzzHarness.readerMustOnlyRejectBadInput(() ->
        Scenario.load(FuzzHarness.file("scenario.yaml", data)));
  }

  @FuzzTest
  void fuzz(byte[] data) {
    fuzzerTestOneInput(data);
  }
}
