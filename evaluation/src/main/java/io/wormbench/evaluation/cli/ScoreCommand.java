package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.output.RunWriter;
import io.wormbench.evaluation.replay.RunResult;
import io.wormbench.evaluation.scoring.AlertFlows;
import io.wormbench.evaluation.scoring.FlowMatcher;
import io.wormbench.evaluation.scoring.RunSummary;
import io.wormbench.evaluation.scoring.ScoringSettings;
import io.wormbench.evaluation.scoring.SeedScore;
import io.wormbench.evaluation.scoring.ToolAlerts;
import io.wormbench.traffic.codec.alert.AlertFormat;
import io.wormbench.traffic.codec.alert.AlertReadOptions;
import io.wormbench.traffic.codec.alert.ColumnMap;
import io.wormbench.traffic.codec.truth.TruthJson;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.spec.Durations;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.EvaluationDefaults;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.HostInfo;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wormbench score}: scores any detector's alerts (alerts.csv, Suricata EVE, Zeek
 * notice.log, Slips, nDPI, or a mapped CSV/JSON) against simulated runs' truth with the same
 * rules as every Wormbench run, over one seed or many ({@code {seed}} templates), host level
 * and, where the alerts name flows, flow level.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Score alerts from any tool against runs' truth.json; prints the summary and "
        + "writes a run folder with its HTML report with --out. Paths may hold {seed}: "
        + "--alerts 'out/{seed}/eve.json' --truth 'sim/seeds/{seed}/truth.json' scores every "
        + "seed found and gives means with 95% intervals.")
final class ScoreCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--alerts", required = true, paramLabel = "FILE",
      description = "The detector's alerts; may contain {seed}.")
  String alerts;

  @Option(names = "--truth", required = true, paramLabel = "FILE",
      description = "truth.json of the run; may contain {seed}.")
  String truth;

  @Option(names = "--format", paramLabel = "FMT",
      description = "Alert format: ${COMPLETION-CANDIDATES} (default: told from the content).",
      completionCandidates = FormatNames.class)
  String format;

  @Option(names = "--map", paramLabel = "KEY=COLUMN,...",
      description = "For --format mapped: where ts, host (or src/dst), score, ... are, e.g. "
          + "ts=start,src=src_ip,dst=dst_ip,score=prob; scoreMax=100 for 0-100 scores.")
  String map;

  @Option(names = "--detector", paramLabel = "NAME",
      description = "Name the alerts' detector (default: the tool's, e.g. suricata).")
  String detector;

  @Option(names = "--labels", paramLabel = "FILE",
      description = "labels.csv of the run, to resolve Community IDs and 5-tuples at flow level"
          + " (default: labels.csv beside truth.json when present); may contain {seed}.")
  String labels;

  @Option(names = "--learning-period", paramLabel = "DURATION",
      description = "Alerts this long after the truth's start are not scored (default: the "
          + "learning period truth.json records, else 0s).")
  String learningPeriod;

  @Option(names = "--matching-window", paramLabel = "DURATION",
      description = "Matching window (default: truth.json's, else 30m).")
  String matchingWindow;

  @Option(names = "--threshold", paramLabel = "SCORE",
      description = "Operating point: alerts scoring below it count only in the "
          + "precision-recall sweep (default: truth.json's, else 0.5).")
  Double threshold;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Also write a run folder and its HTML report here.")
  Path out;

  /** {@code --format} completion candidates. */
  static final class FormatNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    FormatNames() {
      super(AlertFormat.names());
    }
  }

  @Override
  public Integer call() {
    Optional<AlertFormat> fmt = format == null ? Optional.empty() : Optional.of(AlertFormat
        .ofName(format).orElseThrow(() -> new BadInputException("--format: unknown format '"
            + format + "' (known: " + String.join(", ", AlertFormat.names()) + ")")));
    AlertReadOptions options = AlertReadOptions.DEFAULTS;
    if (map != null) {
      try {
        options = options.withMapping(ColumnMap.parse(map));
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--map: " + e.getMessage());
      }
      fmt = Optional.of(fmt.orElse(AlertFormat.MAPPED));
    }
    if (detector != null) {
      options = options.withDetector(detector);
    }
    if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
      throw new BadInputException("--threshold: must be between 0 and 1, not " + threshold);
    }
    SeedTemplate truthT = new SeedTemplate(truth);
    SeedTemplate alertsT = new SeedTemplate(alerts);
    if (alertsT.templated() && !truthT.templated()) {
      throw new BadInputException("--alerts has {seed} but --truth has not");
    }
    List<Long> seeds = truthT.templated() ? truthT.discover() : List.of(-1L);
    PrintWriter stdout = spec.commandLine().getOut();
    Optional<OutputTarget> target = out == null ? Optional.empty()
        : Optional.of(OutputTarget.local(out)); // checked before any file is read
    try {
      return score(fmt, options, truthT, alertsT, seeds, stdout, target);
    } catch (RuntimeException | Error e) {
      target.ifPresent(OutputTarget::abandon);
      throw e;
    }
  }

  private int score(Optional<AlertFormat> fmt, AlertReadOptions options, SeedTemplate truthT,
      SeedTemplate alertsT, List<Long> seeds, PrintWriter stdout,
      Optional<OutputTarget> target) {
    List<RunResult> runs = new ArrayList<>();
    List<SeedScore> scores = new ArrayList<>();
    ScoringSettings first = null;
    AlertFormat used = null;
    for (long seed : seeds) {
      Path truthFile = seed < 0 ? Path.of(truth) : truthT.expand(seed);
      Path alertsFile = seed < 0 || !alertsT.templated() ? Path.of(alerts) : alertsT.expand(seed);
      for (Path p : List.of(truthFile.toAbsolutePath().getParent(), alertsFile.toAbsolutePath()
          .getParent())) {
        StagedFolder.incomplete(p).ifPresent(m -> {
          throw new BadInputException(m);
        });
      }
      GroundTruth t = TruthJson.read(truthFile);
      ScoringSettings settings = settings(t, TruthJson.readDefaults(truthFile), stdout);
      first = first == null ? settings : first;
      ToolAlerts.Read read = ToolAlerts.read(alertsFile, fmt, options.withInternal(internal(t)));
      used = read.format();
      ToolAlerts.checkSpan(read, alertsFile, t, settings.matchingWindow());
      if (read.skipped() > 0) {
        stdout.printf(Locale.ROOT, "%s: %d IPv6 alert(s) left out (the truth is IPv4)%n",
            alertsFile, read.skipped());
      }
      FlowMatcher flows = labelsFile(truthFile, seed)
          .map(l -> FlowMatcher.withLabels(t, settings.matchingWindow(), l))
          .orElseGet(() -> new FlowMatcher(t, settings.matchingWindow()));
      var plain = AlertFlows.alerts(read.alerts());
      SeedScore score = SeedScore.of(t.seed(), t, plain, AlertFlows.of(read.alerts()), flows,
          List.of(), settings);
      runs.add(new RunResult(t.seed(), plain, t, 0));
      scores.add(score);
    }
    RunOutcome outcome = new RunOutcome(runs.get(0).truth().scenario(), truth,
        first.matchingWindow(), runs, scores, RunSummary.of(scores));
    stdout.print(SummaryTable.render(outcome.summary()));
    stdout.print(SummaryTable.renderFlow(outcome.summary()));
    stdout.printf(Locale.ROOT, "scored %s alerts at threshold %s, learning end %s, matching "
        + "window %s%n", used.cliName(), SummaryTable.number(first.alertThreshold()),
        Micros.iso(first.learningEnd()), seconds(first.matchingWindow()));
    if (target.isPresent()) {
      Path dir = target.get().folder();
      RunWriter.write(outcome, dir, command(used, first, runs.get(0).truth()));
      Reports.render(dir, stdout);
      target.get().publishLocal();
      stdout.println("report: " + Path.of(target.get().where()).resolve("index.html"));
    }
    stdout.flush();
    return 0;
  }

  /** Internal addresses: the truth's hosts, and RFC 1918 space. */
  private static java.util.function.IntPredicate internal(GroundTruth t) {
    Set<Integer> hosts = new HashSet<>();
    for (HostInfo h : t.hosts()) {
      hosts.add(h.address());
    }
    return a -> hosts.contains(a) || Ipv4.isPrivate(a);
  }

  private Optional<Path> labelsFile(Path truthFile, long seed) {
    if (labels != null) {
      Path p = seed < 0 ? Path.of(labels) : new SeedTemplate(labels).expand(seed);
      if (!Files.isRegularFile(p)) {
        throw new BadInputException("--labels: no file " + p);
      }
      return Optional.of(p);
    }
    Path beside = truthFile.resolveSibling("labels.csv");
    return Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
  }

  private ScoringSettings settings(GroundTruth t, Optional<EvaluationDefaults> d,
      PrintWriter stdout) {
    long learningEnd = learningPeriod != null
        ? t.start() + duration("--learning-period", learningPeriod)
        : d.map(EvaluationDefaults::learningEnd).orElse(t.start());
    long window = matchingWindow != null ? duration("--matching-window", matchingWindow)
        : d.map(EvaluationDefaults::matchingWindow).orElse(ScoringSettings.DEFAULT_MATCHING_WINDOW);
    long nab = d.map(EvaluationDefaults::nabWindow).orElse(ScoringSettings.DEFAULT_NAB_WINDOW);
    double op = threshold != null ? threshold
        : d.map(EvaluationDefaults::alertThreshold).orElse(ScoringSettings.DEFAULT_ALERT_THRESHOLD);
    if (d.isEmpty() && learningPeriod == null) {
      stdout.println("note: truth.json records no learning period; scoring from its start "
          + "(give --learning-period)");
    }
    return new ScoringSettings(window, learningEnd, nab, op);
  }

  /** The whole command with every effective setting, for run.json. */
  private String command(AlertFormat used, ScoringSettings s, GroundTruth t) {
    StringBuilder b = new StringBuilder("wormbench score --alerts ").append(quote(alerts))
        .append(" --truth ").append(quote(truth)).append(" --format ").append(used.cliName());
    if (map != null) {
      b.append(" --map ").append(quote(map));
    }
    if (detector != null) {
      b.append(" --detector ").append(quote(detector));
    }
    if (labels != null) {
      b.append(" --labels ").append(quote(labels));
    }
    b.append(" --learning-period ").append(seconds(s.learningEnd() - t.start()))
        .append(" --matching-window ").append(seconds(s.matchingWindow()))
        .append(" --threshold ").append(SummaryTable.number(s.alertThreshold()));
    if (out != null) {
      b.append(" --out ").append(quote(out.toString()));
    }
    return b.toString();
  }

  private static String seconds(long micros) {
    return SummaryTable.number(micros / (double) Micros.SECOND) + "s";
  }

  private static String quote(String s) {
    return s.matches("[A-Za-z0-9_./:=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  private static long duration(String option, String text) {
    try {
      return Durations.parseMicros(text);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(option + ": " + e.getMessage());
    }
  }
}
