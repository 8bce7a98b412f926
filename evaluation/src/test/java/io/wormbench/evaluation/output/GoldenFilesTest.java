package io.wormbench.evaluation.output;

import static io.wormbench.evaluation.scoring.WorkedExample.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.replay.RunResult;
import io.wormbench.evaluation.scoring.RunSummary;
import io.wormbench.evaluation.scoring.SeedScore;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.truth.GroundTruth;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seals the run folder schemas of SCHEMA.md with golden files built from the SCORING.md
 * worked example over two seeds, under several default locales and time zones (outputs must
 * not depend on them). Regenerate after an intended change with
 * {@code ./mvnw -o -pl evaluation -am test -Dtest=GoldenFilesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dwormbench.regenerate=true}.
 */
class GoldenFilesTest {
  static final String HEADER = "# do not edit, regenerate with: ./mvnw -o -pl evaluation -am test"
      + " -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false"
      + " -Dwormbench.regenerate=true";
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  static final Map<String, Function<RunOutcome, String>> FILES = Map.of(
      "metrics.json", MetricsFiles::json,
      "metrics.csv", MetricsFiles::csv,
      "scored-alerts.csv", ChartData::scoredAlerts,
      "ttd.csv", ChartData::ttd,
      "stage-coverage.csv", ChartData::stageCoverage,
      "pr-curve.csv", ChartData::prCurve,
      "false-alarms.csv", ChartData::falseAlarms,
      "timeline.csv", ChartData::timeline,
      "run.json", r -> RunWriter.runJson(r, "wormbench run worked-example.yaml --seeds 2"));

  private Locale locale;
  private TimeZone zone;

  @BeforeEach
  void save() {
    locale = Locale.getDefault();
    zone = TimeZone.getDefault();
  }

  @AfterEach
  void restore() {
    Locale.setDefault(locale);
    TimeZone.setDefault(zone);
  }

  /** The worked example (seed 1) and a variant (seed 2) where B is found late and E is quiet. */
  static RunOutcome outcome() {
    GroundTruth t1 = truth();
    List<Alert> a1 = alerts();
    GroundTruth t2 = new GroundTruth(t1.scenario(), 2, t1.start(), t1.end(), t1.hosts(),
        t1.timelines(), t1.steps(), t1.lookalikes());
    List<Alert> a2 = new ArrayList<>(alerts().subList(0, 2));
    a2.add(alert("smb-brute-force", B, at(2, 40), 0.6, "T1110.001"));
    a2.add(alert("smb-executable-drop", C, at(3, 2), 0.8, "T1570"));
    List<String> detectors = List.of("rare-endpoint-download", "smb-brute-force", "beaconing",
        "smb-executable-drop");
    List<SeedScore> scores = List.of(SeedScore.of(1, t1, a1, detectors, SETTINGS),
        SeedScore.of(2, t2, a2, detectors, SETTINGS));
    return new RunOutcome("worked-example", "worked-example.yaml", SETTINGS.matchingWindow(),
        List.of(new RunResult(1, a1, t1, 0), new RunResult(2, a2, t2, 0)), scores,
        RunSummary.of(scores));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US/UTC", "de-DE/Asia/Singapore", "ar-EG/America/New_York"})
  void outputs_matchGoldenFiles_inAnyLocaleAndZone(String setting) throws Exception {
    int slash = setting.indexOf('/');
    Locale.setDefault(Locale.forLanguageTag(setting.substring(0, slash)));
    TimeZone.setDefault(TimeZone.getTimeZone(setting.substring(slash + 1)));
    RunOutcome run = outcome();
    boolean regenerate = Boolean.getBoolean("wormbench.regenerate");
    for (Map.Entry<String, Function<RunOutcome, String>> f : FILES.entrySet()) {
      Path golden = GOLDEN.resolve(f.getKey());
      String actual = f.getValue().apply(run);
      if (regenerate) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, HEADER + "\n" + actual, StandardCharsets.UTF_8);
        continue;
      }
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      assertThat(expected).as(f.getKey() + " header").startsWith(HEADER + "\n");
      assertThat(actual).as(f.getKey() + " under " + setting)
          .isEqualTo(expected.substring(HEADER.length() + 1));
    }
  }
}
