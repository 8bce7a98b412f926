package io.wormbench.evaluation.acceptance;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.experiment.ParameterOverride;
import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.evaluation.scoring.DetectorSeedScore;
import io.wormbench.evaluation.scoring.SeedScore;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.BenignActivity;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.Stage;
import java.util.List;

/**
 * The test-side driver the Cucumber glue shares by constructor injection (one per Cucumber
 * scenario): which scenario is loaded, the run over seeds, and questions about its scores and
 * truth. Glue steps call it in one to three lines.
 */
public final class Workbench {
  private Scenario scenario;
  private RunOutcome outcome;

  /** Loads {@code scenarios/<name>.yaml} of the repository. */
  public void load(String name) {
    scenario = Scenario.load(TestScenarios.repositoryScenarios().resolve(name + ".yaml"));
    outcome = null;
  }

  /** Sets one parameter of the loaded scenario by path, as a sweep would. */
  public void set(String path, String value) {
    Scenario s = scenario();
    String yaml = ParameterOverride.apply(s.source(), s.yaml(), path, value);
    scenario = Scenario.parse(s.source() + " [" + path + "=" + value + "]", yaml);
    outcome = null;
  }

  /** The loaded scenario. */
  public Scenario scenario() {
    if (scenario == null) {
      throw new IllegalStateException("no scenario loaded: start with 'Given the scenario ...'");
    }
    return scenario;
  }

  /** Runs the scenario over seeds {@code from..to}. */
  public void run(long from, long to) {
    outcome = RunCache.run(scenario().withSeeds(Scenario.range(from, to - from + 1)));
  }

  /** The run; fails when nothing ran yet. */
  public RunOutcome outcome() {
    if (outcome == null) {
      throw new IllegalStateException("nothing ran yet: add 'When it is run with seeds ...'");
    }
    return outcome;
  }

  /** One detector's per-seed values of a metric. */
  public List<Double> perSeed(String detector, String metric) {
    return outcome().summary().get(detector, metric).perSeed();
  }

  /** Steps of {@code stage} caught by {@code detector} over steps of the stage, all seeds. */
  public int[] coverage(String detector, Stage stage) {
    int[] sum = new int[2];
    for (SeedScore s : outcome().scores()) {
      DetectorSeedScore d = s.detectors().get(detector);
      if (d == null) {
        throw new IllegalArgumentException("no detector " + detector + " in the run");
      }
      sum[0] += d.coverage().get(stage)[0];
      sum[1] += d.coverage().get(stage)[1];
    }
    return sum;
  }

  /** False alarms of {@code detector} with {@code attribution}, summed over seeds. */
  public int falseAlarms(String detector, String attribution) {
    int n = 0;
    for (SeedScore s : outcome().scores()) {
      n += s.detectors().get(detector).falseAlarms().getOrDefault(attribution, 0);
    }
    return n;
  }

  /** Look-alikes of {@code kind} in the truth, summed over seeds. */
  public long lookalikes(String kind) {
    return truths().stream().flatMap(t -> t.lookalikes().stream())
        .map(BenignActivity::kind).filter(kind::equals).count();
  }

  /** Attack steps of every seed. */
  public List<AttackStep> steps() {
    return truths().stream().flatMap(t -> t.steps().stream()).toList();
  }

  /** Every seed's ground truth. */
  public List<GroundTruth> truths() {
    return outcome().runs().stream().map(r -> r.truth()).toList();
  }
}
