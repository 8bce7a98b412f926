package io.wormbench.evaluation.output;

import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.replay.RunResult;
import io.wormbench.traffic.codec.alert.AlertCsv;
import io.wormbench.traffic.codec.truth.TruthCsv;
import io.wormbench.traffic.codec.truth.TruthJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import io.wormbench.evaluation.scoring.ScoringSettings;
import io.wormbench.traffic.truth.EvaluationDefaults;

/**
 * Writes a run folder (SCHEMA.md): metrics, per-chart data, the first seed's alerts, truth and
 * incidents at the top, every seed's alerts and truth under {@code seeds/<seed>/}.
 */
public final class RunWriter {
  /** The version written into run.json. */
  public static final String VERSION = "0.1.0-SNAPSHOT";

  private RunWriter() {}

  /** Writes every file of {@code run} into {@code dir}, creating it. */
  public static void write(RunOutcome run, Path dir, String command) {
    try {
      Files.createDirectories(dir);
      text(dir.resolve("metrics.json"), MetricsFiles.json(run));
      text(dir.resolve("metrics.csv"), MetricsFiles.csv(run));
      text(dir.resolve("scored-alerts.csv"), ChartData.scoredAlerts(run));
      text(dir.resolve("ttd.csv"), ChartData.ttd(run));
      text(dir.resolve("stage-coverage.csv"), ChartData.stageCoverage(run));
      text(dir.resolve("pr-curve.csv"), ChartData.prCurve(run));
      text(dir.resolve("false-alarms.csv"), ChartData.falseAlarms(run));
      text(dir.resolve("timeline.csv"), ChartData.timeline(run));
      text(dir.resolve("run.json"), runJson(run, command));
      RunResult first = run.runs().get(0);
      seedFiles(dir, first, defaults(run, 0));
      text(dir.resolve("incidents.json"), IncidentsJson.json(first.alerts()));
      for (int i = 0; i < run.runs().size(); i++) {
        RunResult r = run.runs().get(i);
        Path seedDir = dir.resolve("seeds").resolve(Long.toString(r.seed()));
        Files.createDirectories(seedDir);
        seedFiles(seedDir, r, defaults(run, i));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir + ": " + e.getMessage(), e);
    }
  }

  /** How seed {@code i} was scored, for its truth.json. */
  static Optional<EvaluationDefaults> defaults(RunOutcome run, int i) {
    if (i >= run.scores().size()) {
      return Optional.empty();
    }
    ScoringSettings s = run.scores().get(i).settings();
    return Optional.of(new EvaluationDefaults(s.learningEnd(), s.matchingWindow(), s.nabWindow(),
        s.alertThreshold()));
  }

  private static void seedFiles(Path dir, RunResult r, Optional<EvaluationDefaults> defaults) {
    AlertCsv.write(dir.resolve("alerts.csv"), r.alerts());
    TruthJson.write(dir.resolve("truth.json"), r.truth(), defaults);
    TruthCsv.write(dir.resolve("truth.csv"), r.truth().steps());
  }

  /** run.json: how to reproduce the run. */
  public static String runJson(RunOutcome run, String command) {
    return new JsonWriter().beginObject()
        .field("scenario", run.scenario())
        .field("scenarioFile", run.scenarioFile())
        .name("seeds").inline(run.seeds())
        .field("command", command)
        .field("version", VERSION)
        .endObject().toString();
  }

  static void text(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
