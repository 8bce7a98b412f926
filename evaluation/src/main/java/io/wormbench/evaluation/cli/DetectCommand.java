package io.wormbench.evaluation.cli;

import io.wormbench.detectors.AlertSink;
import io.wormbench.detectors.DetectionEngine;
import io.wormbench.detectors.DetectorSuite;
import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.output.IncidentsJson;
import io.wormbench.evaluation.output.RunWriter;
import io.wormbench.evaluation.replay.Replay;
import io.wormbench.evaluation.replay.RunResult;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.evaluation.scoring.RunSummary;
import io.wormbench.evaluation.scoring.ScoringSettings;
import io.wormbench.evaluation.scoring.SeedScore;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.EventFormat;
import io.wormbench.traffic.codec.alert.AlertCsv;
import io.wormbench.traffic.codec.pcap.PcapEventSource;
import io.wormbench.traffic.codec.pcap.live.LiveCapture;
import io.wormbench.traffic.codec.pcap.live.LiveCaptureException;
import io.wormbench.traffic.codec.pcap.live.LiveSettings;
import io.wormbench.traffic.codec.truth.TruthJson;
import io.wormbench.traffic.codec.zeek.ZeekEventSource;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.spec.Durations;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.GroundTruth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wormbench detect}: runs the detectors on recorded traffic (a pcap/pcapng, a folder of
 * Zeek logs, Wormbench JSON lines or CSV) and writes alerts.csv and incidents.json; with
 * {@code --truth} it also scores them like a simulated run. With {@code --interface} it captures
 * live traffic instead (bounded by {@code --duration} and/or {@code --packets}) and prints each
 * alert as it is raised.
 */
@Command(name = "detect", mixinStandardHelpOptions = true,
    description = "Run the detectors on a capture (pcap, pcapng), a Zeek log folder, or an "
        + "events file; write alerts.csv and incidents.json; score with --truth.")
final class DetectCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "<capture|zeek-dir|events>")
  Path input;

  @Option(names = "--interface", paramLabel = "NAME", description = "Capture live from this "
      + "interface instead of reading a file (needs libpcap and capture permission); alerts "
      + "are printed as they arrive.")
  String iface;

  @Option(names = "--duration", paramLabel = "DURATION", description = "Live capture: stop "
      + "after this long (default 60s when --packets is not given).")
  String captureDuration;

  @Option(names = "--packets", paramLabel = "N", defaultValue = "0",
      description = "Live capture: stop after N packets.")
  long packets;

  @Option(names = "--filter", paramLabel = "BPF", defaultValue = "",
      description = "Live capture: BPF filter in tcpdump syntax.")
  String filter;

  @Option(names = "--truth", paramLabel = "FILE", description = "truth.json to score against.")
  Path truth;

  @Option(names = "--scenario", paramLabel = "FILE",
      description = "Take detectors, their parameters and the learning period from a scenario.")
  Path scenario;

  @Option(names = "--learning-period", paramLabel = "DURATION",
      description = "Benign learning time from the first event (default: the scenario's, else "
          + "0s).")
  String learningPeriod;

  @Option(names = "--format", paramLabel = "FMT",
      completionCandidates = EventFormatCandidates.class,
      description = "Input format if not detected: "
      + "pcap, jsonl, csv, zeek, zeek-json.")
  String format;

  @Option(names = "--events-out", paramLabel = "PATH", description = "Also write the decoded "
      + "events here (a file; a folder for Zeek logs), atomically: the previous file stays "
      + "until the read is complete.")
  Path eventsOut;

  @Option(names = "--events-format", paramLabel = "FMT",
      description = "Format of --events-out: jsonl, csv, zeek (TSV logs) or zeek-json "
          + "(default: by the file's extension, else jsonl).")
  String eventsFormat;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports/detect",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    CountDownLatch finished = new CountDownLatch(1);
    Thread[] hook = new Thread[1];
    try {
      return detect(finished, hook);
    } finally {
      finished.countDown();
      if (hook[0] != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook[0]);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running: it is waiting for the latch counted down above
        }
      }
    }
  }

  /**
   * On Ctrl-C or SIGTERM a live capture stops like at the end of its duration: open flows are
   * finished, the detectors run on them, and alerts.csv and the summary are still written (the
   * JVM waits up to {@link #STOP_GRACE_SECONDS} for that).
   */
  private static Thread stopOnSignal(LiveCapture live, CountDownLatch finished) {
    Thread hook = new Thread(() -> {
      live.stop();
      try {
        finished.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "wormbench-stop-capture");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }

  static final int STOP_GRACE_SECONDS = 20;

  private Integer detect(CountDownLatch finished, Thread[] hook) {
    Scenario s = scenario == null ? null : Scenario.load(scenario);
    DetectorSuite suite = s == null ? DetectorSuite.defaults() : s.detectors();
    if (!suite.externals().isEmpty()) {
      throw new BadInputException(scenario + ": detect runs the in-process detectors only; "
          + "external detectors (" + String.join(", ", s.externals().stream()
              .map(x -> x.name()).toList()) + ") run in 'run' and 'benchmark'");
    }
    long learning = learningPeriod != null ? duration("--learning-period", learningPeriod)
        : s == null ? 0 : s.simulation().learningEnd() - s.simulation().start();
    EventFormat eventsAs = eventsOut == null ? null : EventsOut.format(eventsFormat, eventsOut);
    if (eventsOut == null && eventsFormat != null) {
      throw new BadInputException("--events-format needs --events-out");
    }
    GroundTruth t = truth == null ? null : TruthJson.read(truth);
    List<Alert> alerts = new ArrayList<>();
    var stdout = spec.commandLine().getOut();
    AlertSink sink = iface == null ? alerts::add : a -> {
      alerts.add(a);
      stdout.printf(Locale.ROOT, "%s %s %s -> %s %.2f %s: %s%n", Micros.iso(a.ts()), a.detector(),
          Ipv4.format(a.host()), Ipv4.format(a.peer()), a.score(), a.technique(), a.evidence());
      stdout.flush();
    };
    String name = iface == null ? String.valueOf(input) : "interface " + iface;
    long events;
    long learningEnd;
    try (EventSource src = open();
        EventsOut decoded = eventsAs == null ? null : EventsOut.begin(eventsOut, eventsAs)) {
      if (src instanceof LiveCapture live) {
        hook[0] = stopOnSignal(live, finished);
        spec.commandLine().getErr().println(name + ": capturing (Ctrl-C stops and writes)");
        spec.commandLine().getErr().flush();
      }
      // With truth the run's start is known, so learning ends exactly where the simulated
      // run's did; a bare capture learns from its first packet.
      long[] learningAt = {0};
      Replay.Fed fed = Replay.feed(src, first -> {
        learningAt[0] = (t != null ? t.start() : first) + learning;
        return new DetectionEngine(suite.create(), learningAt[0], sink);
      }, OptionalLong.empty(), decoded == null ? e -> { } : decoded::accept, ts -> { });
      if (fed.events() == 0) {
        if (iface == null) {
          throw new BadInputException(input + ": no events" + SkipSummaries.why(src));
        }
        spec.commandLine().getErr().println(((LiveCapture) src).summary().describe());
        write(alerts);
        stdout.printf(Locale.ROOT, "%s: no events, 0 alerts written to %s%n", name, out);
        return 0;
      }
      events = fed.events();
      learningEnd = learningAt[0];
      if (src instanceof PcapEventSource p) {
        spec.commandLine().getErr().println(p.summary().describe());
      } else if (src instanceof LiveCapture live) {
        spec.commandLine().getErr().println(live.summary().describe());
      } else if (src instanceof ZeekEventSource z) {
        z.skipSummary().forEach(spec.commandLine().getErr()::println);
      }
      if (decoded != null) {
        decoded.commit();
        stdout.printf(Locale.ROOT, "%s: %d decoded events written to %s (%s)%n", name,
            decoded.events(), eventsOut, eventsAs.id());
      }
    }
    write(alerts);
    stdout.printf(Locale.ROOT, "%s: %d events, %d alerts written to %s%n", name, events,
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

  /** The file input, or the live capture with --interface. */
  private EventSource open() {
    if (iface != null) {
      if (input != null) {
        throw new BadInputException("give either a capture file or --interface, not both");
      }
      long micros = captureDuration != null ? duration("--duration", captureDuration)
          : packets > 0 ? 0 : 60 * Micros.SECOND;
      try {
        return LiveCapture.open(new LiveSettings(iface, filter, LiveSettings.DEFAULT_SNAPLEN,
            packets, micros));
      } catch (LiveCaptureException | IllegalArgumentException e) {
        throw new BadInputException(e.getMessage());
      }
    }
    if (input == null) {
      throw new BadInputException("give a capture, Zeek log folder or events file, or "
          + "--interface");
    }
    if (!Files.exists(input)) {
      throw new BadInputException(input + ": no such file or folder");
    }
    EventFormat f = format != null ? SimulateCommand.format(format)
        : EventFormat.detect(input).orElseThrow(() -> new BadInputException(input
            + ": cannot tell the format; give --format"));
    return f.open(input);
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

  private static long duration(String option, String text) {
    try {
      return Durations.parseMicros(text);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(option + ": " + e.getMessage());
    }
  }
}
