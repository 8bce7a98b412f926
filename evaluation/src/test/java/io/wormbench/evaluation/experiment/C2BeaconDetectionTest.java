package io.wormbench.evaluation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.detectors.beacon.BeaconingDetector;
import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.evaluation.scoring.DetectorSeedScore;
import io.wormbench.evaluation.scoring.ScoredAlert;
import io.wormbench.evaluation.scoring.SeedScore;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end: the worm's optional C2 beacon ({@code attacks[i].c2}, every 5 min +- 10%) from the
 * simulator through the detection engine to the scorer, with the built-in {@code beaconing}
 * detector at its default parameters and the default operating point (0.5). The scenario keeps
 * at most 3 infected hosts, so the C2 server stays a rare destination, and every beaconing host
 * calls home through at least one whole 6 h window before the run ends.
 */
class C2BeaconDetectionTest {
  private static final double THRESHOLD = 0.5;

  @Test
  void beaconingHosts_flaggedByBeaconingAtItsDefaults() {
    Scenario s = TestScenarios.load("tiny-c2");
    RunOutcome o = Experiment.run(s, 1, Progress.NONE);
    assertThat(o.scores()).hasSize(2);
    for (SeedScore seed : o.scores()) {
      DetectorSeedScore d = seed.detectors().get(BeaconingDetector.NAME);
      List<AttackStep> c2 = seed.truth().steps().stream()
          .filter(st -> st.stage() == Stage.COMMAND_AND_CONTROL).toList();
      assertThat(c2).as("seed %d beacons", seed.seed()).isNotEmpty();
      for (AttackStep step : c2) {
        List<Alert> hits = d.alerts().stream().filter(ScoredAlert::isTrue)
            .map(ScoredAlert::alert)
            .filter(a -> a.host() == step.source() && a.peer() == step.target()
                && a.score() >= THRESHOLD && a.technique().equals("T1071"))
            .toList();
        assertThat(hits).as("seed %d host %d", seed.seed(), step.source()).isNotEmpty();
        assertThat(hits.get(0).ts()).isBetween(step.start(), step.end() + o.matchingWindow());
      }
      int[] coverage = d.coverage().get(Stage.COMMAND_AND_CONTROL);
      assertThat(coverage[0]).isEqualTo(c2.size());
      assertThat(coverage[1]).as("C2 steps caught, seed %d", seed.seed()).isEqualTo(c2.size());
    }
  }
}
