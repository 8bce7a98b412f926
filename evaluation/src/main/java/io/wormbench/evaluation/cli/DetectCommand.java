package io.wormbench.evaluation.cli;

import io.wormbench.detectors.DetectionEngine;
import io.wormbench.detectors.DetectorSuite;
import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.output.IncidentsJson;
import io.wormbench.evaluation.output.RunWriter;
import io.wormbench.evaluation.replay.RunResult;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.evaluation.scoring.RunSummary;
import io.wormbench.evaluation.scoring.ScoringSettings;
import io.wormbench.evaluation.scoring.SeedScore;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.EventFormat;
import io.wormbench.traffic.codec.alert.AlertCsv;
import io.wormbench.traffic.codec.pcap.PcapEventSource;
import io.wormbench.traffic.codec.truth.TruthJson;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.spec.Durations;
import io.wormbench.traffic.truth.GroundTruth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wormbench detect}: runs the detectors on recorded traffic (a pcap/pcapng, a folder of
 * Zeek logs, Wormbench JSON lines or CSV) and writes alerts.csv and incidents.json; with
 * {@code --truth} it also scores them like a simulated run.
 */
@Command(name = "detect", mixinStandardHelpOptions = true,
    description = "Run the detectors on a capture (pcap, pcapng), a Zeek log folder, or an "
        + "events file; write alerts.csv and incidents.json; score with --truth.")
final class DetectCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<capture|zeek-dir|events>")
  Path input;

  @Option(names = "--truth", paramLabel = "FILE", description = "truth.json to score against.")
  Path truth;

  @Option(names = "--scenario", paramLabel = "FILE",
      description = "Take detectors, their parameters and the learning period from a scenario.")
  Path scenario;

  @Option(names = "--learning-period", paramLabel = "DURATION",
      description = "Benign learning time from the first event (default: the scenario's, else "
          + "0s).")
  String learningPeriod;

  @Option(names = "--format", paramLabel = "FMT", description = "Input format if not detected: "
      + "pcap, jsonl, csv, zeek, zeek-json.")
  String format;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports/detect",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    if (!Files.exists(input)) {
      throw new BadInputException(input + ": no such file or folder");
    }
    EventFormat f = format != null ? SimulateCommand.format(format)
        : EventFormat.detect(input).orElseThrow(() -> new BadInputException(input
            + ": cannot tell the format; give --format"));
    Scenario s = scenario == null ? null : Scenario.load(scenario);
    DetectorSuite suite = s == null ? DetectorSuite.defaults() : s.detectors();
    long learning = learningPeriod != null ? duration(learningPeriod)
        : s == null ? 0 : s.simulation().learningEnd() - s.simulation().start();
    GroundTruth t = truth == null ? null : TruthJson.read(truth);
    List<Alert> alerts = new ArrayList<>();
    long events = 0;
    long first = Long.MIN_VALUE;
    long learningEnd;
    try (EventSource src = f.open(input)) {
      if (!src.hasNext()) {
        throw new BadInputException(input + ": no events");
      }
      Event e0 = src.next();
      first = e0.ts();
      // With truth the run's start is known, so learning ends exactly where the simulated
      // run's did; a bare capture learns from its first packet.
      learningEnd = (t != null ? t.start() : first) + learning;
      DetectionEngine engine = new DetectionEngine(suite.create(), learningEnd, alerts::add);
      engine.observe(e0);
      events = 1;
      long last = first;
      while (src.hasNext()) {
        Event e = src.next();
        engine.observe(e);
        last = e.ts();
        events++;
      }
      engine.finish(last);
      if (src instanceof PcapEventSource p) {
        spec.commandLine().getErr().println(p.summary().describe());
      }
    }
    write(alerts);
    var stdout = spec.commandLine().getOut();
    stdout.printf(Locale.ROOT, "%s: %d events, %d alerts written to %s%n", input, events,
        alerts.size(), out);
    if (t != null) {
      ScoringSettings settings = s == null ? ScoringSettings.defaults(learningEnd)
          : s.evaluation().scoring(learningEnd);
      SeedScore score = SeedScore.of(t.seed(), t, alerts, suite.names(), settings);
      RunOutcome o = new RunOutcome(t.scenario(), input.toString(),
          settings.matchingWindow(), List.of(new RunResult(t.seed(), alerts, t, events)),
          List.of(score), RunSummary.of(List.of(score)));
      RunWriter.write(o, out, "wormbench detect " + input + " --truth " + truth);
      stdout.print(SummaryTable.render(o.summary()));
    }
    return 0;
  }

  private void write(List<Alert> alerts) {
    try {
      Files.createDirectories(out);
      AlertCsv.write(out.resolve("alerts.csv"), alerts);
      Files.writeString(out.resolve("incidents.json"), IncidentsJson.json(alerts),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  private static long duration(String text) {
    try {
      return Durations.parseMicros(text);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--learning-period: " + e.getMessage());
    }
  }
}
