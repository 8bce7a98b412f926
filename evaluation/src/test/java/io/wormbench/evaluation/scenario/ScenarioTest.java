package io.wormbench.evaluation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.traffic.spec.SpecException;
import io.wormbench.traffic.time.Micros;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  private static final String BASE = "name: t\nnetwork: {profile: small-office}\nduration: 1d\n"
      + "learningPeriod: 12h\n";

  @Test
  void tinyIncident_bindsEveryModule() {
    Scenario s = TestScenarios.load("tiny-incident");
    assertThat(s.name()).isEqualTo("tiny-incident");
    assertThat(s.seeds()).containsExactly(1L, 2L);
    assertThat(s.evaluation().matchingWindow()).isEqualTo(30 * Micros.MINUTE);
    assertThat(s.simulation().attacks()).hasSize(1);
    assertThat(s.detectors().names()).contains("smb-brute-force");
  }

  @Test
  void seedIncident_ofRepositoryLoads() {
    Scenario s = Scenario.load(TestScenarios.repositoryScenarios().resolve("seed-incident.yaml"));
    assertThat(s.name()).isEqualTo("seed-incident");
    assertThat(s.seeds()).containsExactly(1L);
  }

  @Test
  void everyCatalogueScenario_loads() throws Exception {
    try (var files = Files.list(TestScenarios.repositoryScenarios())) {
      for (var f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        assertThat(Scenario.load(f).name()).isNotEmpty();
      }
    }
  }

  @Test
  void misspeltTopLevelField_failsWithDidYouMeanAndLine() {
    assertThatThrownBy(() -> Scenario.parse("s.yaml", BASE + "evalution: {}\n"))
        .isInstanceOf(SpecException.class)
        .hasMessageStartingWith("s.yaml: evalution: unknown field; did you mean 'evaluation'?")
        .hasMessageEndingWith("(line 5)");
  }

  @Test
  void unknownEvaluationField_fails() {
    assertThatThrownBy(() -> Scenario.parse("s.yaml", BASE + "evaluation:\n  matchWindow: 5m\n"))
        .hasMessageContaining("evaluation.matchWindow: unknown field; did you mean 'matchingWindow'?")
        .hasMessageEndingWith("(line 6)");
  }

  @Test
  void negativeMatchingWindow_fails() {
    assertThatThrownBy(() -> Scenario.parse("s.yaml", BASE + "evaluation: {matchingWindow: x}\n"))
        .hasMessageContaining("evaluation.matchingWindow");
  }

  @Test
  void seedsAsCountOrList() {
    assertThat(Scenario.parse("s.yaml", BASE + "seeds: 3\n").seeds()).containsExactly(1L, 2L, 3L);
    assertThat(Scenario.parse("s.yaml", BASE + "seeds: [7, 42]\n").seeds())
        .containsExactly(7L, 42L);
  }

  @Test
  void badSeeds_fail() {
    assertThatThrownBy(() -> Scenario.parse("s.yaml", BASE + "seeds: 0\n"))
        .hasMessageContaining("seeds: must be a count");
    assertThatThrownBy(() -> Scenario.parse("s.yaml", BASE + "seeds: [1, x]\n"))
        .hasMessageContaining("seeds[1]: must be a whole number");
    assertThatThrownBy(() -> Scenario.parse("s.yaml", BASE + "seeds: [1, 1]\n"))
        .hasMessageContaining("listed twice");
  }

  @Test
  void detectorAndSimulatorErrors_reachTheLoader() {
    assertThatThrownBy(() -> Scenario.parse("s.yaml", BASE + "detectors:\n  - name: smb-brute\n"))
        .isInstanceOf(SpecException.class).hasMessageContaining("unknown detector 'smb-brute'");
    assertThatThrownBy(() -> Scenario.parse("s.yaml", BASE.replace("1d", "-1d")))
        .isInstanceOf(SpecException.class).hasMessageContaining("duration");
  }

  @Test
  void sweepAxes_bound() {
    Scenario s = Scenario.parse("s.yaml", BASE
        + "sweep:\n  - parameter: attacks[0].bruteForce.attemptsPerMinute\n    values: [2, 30]\n");
    assertThat(s.sweep()).singleElement().satisfies(a -> {
      assertThat(a.parameter()).isEqualTo("attacks[0].bruteForce.attemptsPerMinute");
      assertThat(a.values()).containsExactly("2", "30");
    });
    assertThatThrownBy(() -> Scenario.parse("s.yaml", BASE + "sweep: {parameter: 'a..b', values: [1]}\n"))
        .hasMessageContaining("sweep.parameter: must be a path");
  }
}
