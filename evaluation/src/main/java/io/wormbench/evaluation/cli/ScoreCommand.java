package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.output.RunWriter;
import io.wormbench.evaluation.replay.RunResult;
import io.wormbench.evaluation.scoring.RunSummary;
import io.wormbench.evaluation.scoring.ScoringSettings;
import io.wormbench.evaluation.scoring.SeedScore;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.alert.AlertCsv;
import io.wormbench.traffic.codec.truth.TruthJson;
import io.wormbench.traffic.spec.Durations;
import io.wormbench.traffic.truth.GroundTruth;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wormbench score}: scores a third-party tool's alerts (alerts.csv format) against a
 * simulated run's truth.json with the same rules as every Wormbench run.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Score alerts from any tool (alerts.csv format, see SCHEMA.md) against a "
        + "run's truth.json; prints the summary and writes a run folder with --out.")
final class ScoreCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--alerts", required = true, paramLabel = "FILE", description = "alerts.csv")
  Path alerts;

  @Option(names = "--truth", required = true, paramLabel = "FILE", description = "truth.json")
  Path truth;

  @Option(names = "--learning-period", paramLabel = "DURATION", defaultValue = "0s",
      description = "Alerts this long after the truth's start are not scored (default: "
          + "${DEFAULT-VALUE}); use the scenario's learningPeriod.")
  String learningPeriod;

  @Option(names = "--matching-window", paramLabel = "DURATION", defaultValue = "30m",
      description = "Matching window (default: ${DEFAULT-VALUE}).")
  String matchingWindow;

  @Option(names = "--threshold", paramLabel = "SCORE", defaultValue = "0.5",
      description = "Operating point: alerts scoring below it count only in the precision-recall"
          + " sweep (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--out", paramLabel = "DIR", description = "Also write a run folder here.")
  Path out;

  @Override
  public Integer call() {
    GroundTruth t = TruthJson.read(truth);
    List<Alert> a = AlertCsv.read(alerts);
    long learning = duration("--learning-period", learningPeriod);
    long window = duration("--matching-window", matchingWindow);
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new BadInputException("--threshold: must be between 0 and 1, not " + threshold);
    }
    ScoringSettings settings = new ScoringSettings(window, t.start() + learning,
        ScoringSettings.DEFAULT_NAB_WINDOW, threshold);
    SeedScore score = SeedScore.of(t.seed(), t, a, List.of(), settings);
    RunOutcome outcome = new RunOutcome(t.scenario(), truth.toString(), window,
        List.of(new RunResult(t.seed(), a, t, 0)), List.of(score), RunSummary.of(List.of(score)));
    if (out != null) {
      RunWriter.write(outcome, out, "wormbench score --alerts " + alerts + " --truth " + truth);
    }
    spec.commandLine().getOut().print(SummaryTable.render(outcome.summary()));
    return 0;
  }

  private static long duration(String option, String text) {
    try {
      return Durations.parseMicros(text);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(option + ": " + e.getMessage());
    }
  }
}
