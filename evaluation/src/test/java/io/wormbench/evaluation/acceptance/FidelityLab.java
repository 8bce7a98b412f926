package io.wormbench.evaluation.acceptance;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.fidelity.Fidelity;
import io.wormbench.evaluation.fidelity.FidelityInputs;
import io.wormbench.evaluation.fidelity.FidelityReport;
import io.wormbench.evaluation.fidelity.FidelityRun;
import io.wormbench.evaluation.fidelity.Reference;
import io.wormbench.evaluation.fidelity.ReferenceFile;
import io.wormbench.evaluation.fidelity.artefact.ArtefactSample;
import io.wormbench.evaluation.fidelity.artefact.TreeCheck;
import io.wormbench.evaluation.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fidelity features' state, shared by constructor injection: the scorecards measured in
 * one Cucumber scenario and the tree's training sample. Measurements are memoised by
 * (scenario text, seed), a pure function, so features asking about the same seed share it.
 */
public final class FidelityLab {
  private static final Map<String, Fidelity.Measurement> MEMO = new ConcurrentHashMap<>();
  private final Reference reference = ReferenceFile.defaults();
  private final List<FidelityReport> reports = new ArrayList<>();
  private ArtefactSample training;
  private TreeCheck tree;

  /** Measures seeds from..to of {@code s} (memoised). */
  public void measure(Scenario s, long from, long to) {
    List<FidelityRun> runs = new ArrayList<>();
    for (long seed = from; seed <= to; seed++) {
      runs.add(measured(s, seed).run());
    }
    reports.add(new FidelityReport(reference, runs, Optional.empty()));
  }

  /** Measures the last scorecard's runs again, bypassing the memo. */
  public void measureAgain(Scenario s) {
    List<FidelityRun> runs = new ArrayList<>();
    for (FidelityRun r : last().runs()) {
      long seed = Long.parseLong(r.label().substring(r.label().lastIndexOf(' ') + 1));
      runs.add(FidelityInputs.scenario(s, seed, Optional.empty()).opener()
          .measure(reference, ArtefactSample.PER_CLASS).run());
    }
    reports.add(new FidelityReport(reference, runs, Optional.empty()));
  }

  /** Trains the tree's sample on one seed of a repository scenario. */
  public void train(String scenario, long seed) {
    training = measured(load(scenario), seed).sample().orElseThrow();
  }

  /** Tests the trained tree on one seed of another scenario. */
  public void test(String scenario, long seed) {
    if (training == null) {
      throw new IllegalStateException("no tree trained: start with 'Given a depth-3 tree ...'");
    }
    tree = TreeCheck.run(training, measured(load(scenario), seed).sample().orElseThrow(),
        TreeCheck.DEFAULT_EXCLUDED);
  }

  /** The tree check. */
  public TreeCheck tree() {
    if (tree == null) {
      throw new IllegalStateException("no tree tested: add 'When it is tested on ...'");
    }
    return tree;
  }

  /** The most recent scorecard. */
  public FidelityReport last() {
    if (reports.isEmpty()) {
      throw new IllegalStateException("nothing measured: add 'When its fidelity is measured'");
    }
    return reports.get(reports.size() - 1);
  }

  /** Every scorecard of this Cucumber scenario, in order. */
  public List<FidelityReport> reports() {
    return reports;
  }

  private Fidelity.Measurement measured(Scenario s, long seed) {
    return MEMO.computeIfAbsent(s.yaml() + "\u0000" + seed, k -> FidelityInputs
        .scenario(s, seed, Optional.empty()).opener().measure(reference, ArtefactSample.PER_CLASS));
  }

  private static Scenario load(String name) {
    return Scenario.load(TestScenarios.repositoryScenarios().resolve(name + ".yaml"));
  }
}
