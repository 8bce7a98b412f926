package io.wormbench.evaluation.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.experiment.Experiment;
import io.wormbench.evaluation.experiment.Progress;
import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.output.RunWriter;
import io.wormbench.evaluation.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayDeterminismTest {
  @TempDir
  Path tmp;

  @Test
  void sameScenarioAndSeeds_twice_byteIdenticalFilesWhateverTheThreadCount() throws Exception {
    Scenario s = TestScenarios.load("tiny-incident");
    RunOutcome one = Experiment.run(s, 1, Progress.NONE);
    RunOutcome two = Experiment.run(s, 2, Progress.NONE);
    RunWriter.write(one, tmp.resolve("a"), "test");
    RunWriter.write(two, tmp.resolve("b"), "test");
    for (String f : new String[] {"alerts.csv", "metrics.json", "metrics.csv", "truth.json",
        "scored-alerts.csv", "pr-curve.csv", "seeds/2/alerts.csv"}) {
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
    }
    assertThat(one.runs().get(0).alerts()).as("the run raised alerts").isNotEmpty();
  }

  @Test
  void differentSeeds_differentAlerts() {
    Scenario s = TestScenarios.load("tiny-incident");
    RunOutcome o = Experiment.run(s, 1, Progress.NONE);
    assertThat(o.runs().get(0).alerts()).isNotEqualTo(o.runs().get(1).alerts());
  }
}
