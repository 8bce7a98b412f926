package io.wormbench.evaluation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.traffic.spec.SpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {
  @TempDir
  Path tmp;

  private static Scenario withSweep(String sweep) throws Exception {
    String yaml = Files.readString(TestScenarios.file("tiny-incident")).replace("seeds: 2",
        "seeds: 1") + sweep;
    return Scenario.parse("tiny-sweep.yaml", yaml);
  }

  @Test
  void overridePath_setsNestedValueAndRebinds() throws Exception {
    Scenario s = withSweep("sweep:\n  - parameter: attacks[0].bruteForce.attemptsPerMinute\n"
        + "    values: [2, 30]\n");
    List<Sweep.Point> points = Sweep.points(s);
    assertThat(points).extracting(Sweep.Point::label).containsExactly(
        "attacks[0].bruteForce.attemptsPerMinute=2", "attacks[0].bruteForce.attemptsPerMinute=30");
    Scenario slow = Sweep.at(s, points.get(0));
    assertThat(slow.yaml()).contains("attemptsPerMinute: \"2\"");
    assertThat(slow.seeds()).isEqualTo(s.seeds());
  }

  @Test
  void twoAxes_makeACartesianGrid() throws Exception {
    Scenario s = withSweep("sweep:\n  - {parameter: evaluation.matchingWindow, values: [5m, 30m]}\n"
        + "  - {parameter: 'attacks[0].spreadDelay', values: [10m, 20m, 40m]}\n");
    assertThat(Sweep.points(s)).hasSize(6);
    assertThat(Sweep.points(s).get(1).label())
        .isEqualTo("evaluation.matchingWindow=5m,attacks[0].spreadDelay=20m");
  }

  @Test
  void badSweptValue_failsLikeABadField() throws Exception {
    Scenario s = withSweep("sweep:\n  - {parameter: 'attacks[0].bruteForce.attemptsPerMinute', "
        + "values: [-1]}\n");
    assertThatThrownBy(() -> Sweep.at(s, Sweep.points(s).get(0)))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("attemptsPerMinute=-1")
        .hasMessageContaining("attacks[0].bruteForce.attemptsPerMinute");
  }

  @Test
  void missingList_failsNamingThePath() throws Exception {
    Scenario s = withSweep("sweep:\n  - {parameter: 'detectors[smb-brute-force].window', "
        + "values: [5m]}\n");
    assertThatThrownBy(() -> Sweep.at(s, Sweep.points(s).get(0)))
        .isInstanceOf(SpecException.class).hasMessageContaining("no list 'detectors'");
  }

  @Test
  void sweepOverMatchingWindow_writesEvasionCurve() throws Exception {
    // Scoring-only parameter: cheap, and a wider window can only keep or raise recall.
    Scenario s = withSweep("sweep:\n  - {parameter: evaluation.matchingWindow, values: [0s, 2h]}\n");
    String csv = Sweep.run(s, 1, tmp, "test", Progress.NONE);
    assertThat(tmp.resolve("sweep.csv")).isNotEmptyFile();
    assertThat(tmp.resolve("points/2/metrics.json")).isNotEmptyFile();
    assertThat(tmp.resolve("metrics.json")).as("first point's run files").isNotEmptyFile();
    List<String> rows = csv.lines().filter(l -> l.contains(",all-detectors,")).toList();
    assertThat(rows).hasSize(2);
    double narrow = Double.parseDouble(rows.get(0).split(",")[3]);
    double wide = Double.parseDouble(rows.get(1).split(",")[3]);
    assertThat(wide).isGreaterThanOrEqualTo(narrow);
  }
}
