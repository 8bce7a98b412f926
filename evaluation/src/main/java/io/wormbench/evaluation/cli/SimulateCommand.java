package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.experiment.Progress;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.simulator.Simulation;
import io.wormbench.simulator.Simulator;
import io.wormbench.traffic.codec.EventFormat;
import io.wormbench.traffic.codec.EventWriter;
import io.wormbench.traffic.codec.pcap.write.PcapWriter;
import io.wormbench.traffic.codec.pcap.write.WireHosts;
import io.wormbench.traffic.codec.truth.TruthCsv;
import io.wormbench.traffic.codec.truth.TruthJson;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.truth.GroundTruth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import io.wormbench.traffic.codec.labels.LabelsPass;
import io.wormbench.traffic.truth.EvaluationDefaults;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wormbench simulate}: writes a scenario's events (JSON lines, CSV, Zeek logs) and/or a
 * pcap, plus the ground truth beside them, streaming: nothing is held in memory.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Simulate a scenario and write its events, ground truth (truth.json, "
        + "truth.csv) and flow labels (labels.csv, conn.log.labeled) to --out, optionally as a "
        + "pcap too; --seeds N writes seeds/<n>/ for each.")
final class SimulateCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<scenario.yaml>")
  Path scenario;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "jsonl",
      completionCandidates = EventFormatCandidates.OrNone.class,
      description = "Event format: jsonl, csv, zeek (TSV logs), zeek-json, or none "
          + "(default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--pcap", paramLabel = "FILE", description = "Also write the traffic as a pcap.")
  Path pcap;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--seeds", paramLabel = "N",
      description = "Simulate seeds 1..N, each into <out>/seeds/<n>/ (events, truth, labels; "
          + "with --pcap, <n>/<pcap file name>).")
  Integer seeds;

  @Override
  public Integer call() {
    Scenario s = Scenario.load(scenario);
    if (seeds != null && (seeds < 1 || seeds > 10_000)) {
      throw new BadInputException("--seeds must be between 1 and 10000, not " + seeds);
    }
    if (!format.equals("none")) {
      format(format);
    }
    StagedFolder staged = StagedFolder.begin("--out", out); // before anything is simulated
    try {
      Path dir = staged.folder();
      if (seeds == null) {
        simulate(s, seed, dir, out, staging(pcap, dir));
      } else {
        for (long n = 1; n <= seeds; n++) {
          Path sub = Path.of("seeds", Long.toString(n));
          simulate(s, n, dir.resolve(sub), out.resolve(sub),
              pcap == null ? null : dir.resolve(sub).resolve(pcap.getFileName()));
        }
      }
    } catch (RuntimeException | Error e) {
      staged.abandon();
      throw e;
    }
    staged.commit();
    return 0;
  }

  /** A --pcap inside --out is written into the staging folder too; elsewhere, where given. */
  private Path staging(Path pcap, Path dir) {
    if (pcap == null) {
      return null;
    }
    Path o = out.toAbsolutePath().normalize();
    Path p = pcap.toAbsolutePath().normalize();
    return p.startsWith(o) ? dir.resolve(o.relativize(p)) : pcap;
  }

  private void simulate(Scenario s, long seed, Path out, Path shown, Path pcap) {
    List<EventWriter> writers = new ArrayList<>();
    try {
      Files.createDirectories(out);
      if (pcap != null && pcap.startsWith(out)) {
        Files.createDirectories(pcap.getParent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + out + ": " + e.getMessage(), e);
    }
    if (!format.equals("none")) {
      EventFormat f = format(format);
      Path target = switch (f) {
        case ZEEK_TSV, ZEEK_JSON -> out.resolve("zeek");
        default -> out.resolve("events" + f.extensions().get(0));
      };
      writers.add(f.create(target));
    }
    Simulation sim = Simulator.start(s.simulation(), seed);
    if (pcap != null) {
      // each host's own TCP/IP stack, from the software profile in the truth's host table
      writers.add(EventWriter.adapt(PcapWriter.open(pcap, WireHosts.of(sim.truth().hosts())),
          PcapWriter::write));
    }
    LabelsPass labels = new LabelsPass(out);
    writers.add(labels);
    Progress progress = ConsoleProgress.forConsole("simulate");
    long start = s.simulation().start();
    progress.start(s.simulation().end() - start);
    long n = 0;
    long last = start;
    try (EventSource events = sim.events()) {
      while (events.hasNext()) {
        Event e = events.next();
        for (EventWriter w : writers) {
          w.accept(e);
        }
        if ((++n & 0xFFFF) == 0) {
          progress.advance(e.ts() - last);
          last = e.ts();
        }
      }
    } finally {
      for (EventWriter w : writers) {
        w.close();
      }
    }
    progress.done();
    GroundTruth truth = sim.truth();
    var e = s.evaluation();
    TruthJson.write(out.resolve("truth.json"), truth, Optional.of(new EvaluationDefaults(
        s.simulation().learningEnd(), e.matchingWindow(), e.nabWindow(), e.alertThreshold())));
    TruthCsv.write(out.resolve("truth.csv"), truth.steps());
    long flows = labels.finish(truth);
    spec.commandLine().getOut().printf(Locale.ROOT,
        "%s seed %d: %d events, %d attack steps, %d look-alikes, %d labelled flows written to "
            + "%s%s%n", s.name(), seed, n, truth.steps().size(), truth.lookalikes().size(), flows,
        shown, pcap == null ? "" : " and " + (pcap.startsWith(out) ? shown.resolve(
            out.relativize(pcap)) : pcap));
  }

  static EventFormat format(String id) {
    try {
      return EventFormat.named(id);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--format: " + e.getMessage());
    }
  }
}
