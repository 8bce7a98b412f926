package io.wormbench.evaluation.fidelity;

import io.wormbench.evaluation.cli.BadInputException;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.simulator.Simulation;
import io.wormbench.simulator.Simulator;
import io.wormbench.traffic.codec.EventFormat;
import io.wormbench.traffic.codec.truth.TruthJson;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.truth.GroundTruth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code wormbench fidelity} can measure, each opened with the existing readers and the
 * simulator, never a parser of its own: a run folder written by {@code wormbench simulate}
 * (events as {@code zeek/}, {@code events.jsonl} or {@code events.csv}, and truth.json), any
 * Zeek log folder or events file (no truth: roles by heuristic), or a scenario simulated on the
 * fly for given seeds (streaming; no event is written).
 */
public final class FidelityInputs {
  /** Candidate event locations inside a run folder, in the order tried. */
  static final List<String> EVENT_PLACES = List.of("zeek", "events.jsonl", "events.ndjson",
      "events.csv", "events.pcap", "events.pcapng");

  private FidelityInputs() {}

  /** One thing to measure. */
  public record Input(String label, Optional<Path> folder, boolean runFolder, Opener opener) {}

  /** Opens the measurement of one input. */
  @FunctionalInterface
  public interface Opener {
    /** Measures the input against {@code reference}. */
    Fidelity.Measurement measure(Reference reference, int perClass);
  }

  /**
   * The inputs named by a path: a scenario file gives one per seed, anything else one.
   *
   * @param zone the network's time zone when the input does not say (a scenario does)
   * @param truthFile a truth.json for an events file or a folder without one
   */
  public static List<Input> of(Path path, List<Long> seeds, Optional<ZoneId> zone,
      Optional<Path> truthFile, Optional<String> format) {
    if (!Files.exists(path)) {
      throw new BadInputException(path + ": no such file or folder");
    }
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (Files.isRegularFile(path) && (lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
      Scenario s = Scenario.load(path);
      List<Long> use = seeds.isEmpty() ? List.of(s.seeds().isEmpty() ? 1L : s.seeds().get(0))
          : seeds;
      List<Input> out = new ArrayList<>();
      for (long seed : use) {
        out.add(scenario(s, seed, zone));
      }
      return out;
    }
    if (!seeds.isEmpty()) {
      throw new BadInputException("--seeds/--seed apply to a scenario file, not to " + path);
    }
    Path events = path;
    Optional<Path> truth = truthFile;
    Optional<ZoneId> z = zone;
    boolean runFolder = false;
    if (Files.isDirectory(path)) {
      if (truth.isEmpty() && Files.isRegularFile(path.resolve("truth.json"))) {
        truth = Optional.of(path.resolve("truth.json"));
        runFolder = true;
      }
      events = EVENT_PLACES.stream().map(path::resolve).filter(Files::exists)
          .filter(p -> EventFormat.detect(p).isPresent()).findFirst().orElse(path);
      if (z.isEmpty() && Files.isRegularFile(path.resolve("scenario.yaml"))) {
        z = Optional.of(Scenario.load(path.resolve("scenario.yaml")).simulation().timeZone());
      }
    }
    Path ev = events;
    EventFormat f = format.map(FidelityInputs::format).or(() -> EventFormat.detect(ev))
        .orElseThrow(() -> new BadInputException(path + ": no events found (give a folder "
            + "written by 'wormbench simulate --format zeek|zeek-json|jsonl|csv', a Zeek log "
            + "folder, an events file, or a scenario file with --seeds)"));
    Optional<Path> t = truth;
    ZoneId zid = z.orElse(ZoneId.of("UTC"));
    return List.of(new Input(name, Optional.of(Files.isDirectory(path) ? path : path.toAbsolutePath()
        .getParent()), runFolder, (ref, k) -> Fidelity.measure(name, f.open(ev),
            t.map(TruthJson::read), zid, ref, k)));
  }

  /** One seed of a scenario, simulated on the fly. */
  public static Input scenario(Scenario s, long seed, Optional<ZoneId> zone) {
    String label = s.name() + " seed " + seed;
    ZoneId zid = zone.orElse(s.simulation().timeZone());
    return new Input(label, Optional.empty(), false, (ref, k) -> {
      GroundTruth truth;
      if (s.simulation().attacks().isEmpty()) {
        truth = null;
      } else {
        // Labels must be known while streaming, so a first pass yields the truth; the run is
        // a pure function of (scenario, seed), so the second pass sees the same events.
        Simulation first = Simulator.start(s.simulation(), seed);
        try (EventSource e = first.events()) {
          while (e.hasNext()) {
            e.next();
          }
        }
        truth = first.truth();
      }
      Simulation sim = Simulator.start(s.simulation(), seed);
      GroundTruth t = truth != null ? truth : sim.truth();
      return Fidelity.measure(label, sim.events(), Optional.of(t), zid, ref, k);
    });
  }

  private static EventFormat format(String id) {
    try {
      return EventFormat.named(id);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--format: " + e.getMessage());
    }
  }
}
