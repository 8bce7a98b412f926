package io.wormbench.evaluation.scenario;

import io.wormbench.detectors.DetectorSuite;
import io.wormbench.evaluation.external.ExternalSpec;
import io.wormbench.simulator.SimulationSpec;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.codec.Utf8Reader;
import io.wormbench.traffic.spec.SpecException;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.spec.SpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A scenario file bound by every module: evaluation's own top-level fields ({@code name},
 * {@code description}, {@code seeds}, {@code evaluation}, {@code sweep}), the simulator's
 * ({@link SimulationSpec#from}) and the detectors' ({@link DetectorSuite#from}). A field no
 * module knows is an error naming it, its line and the nearest known name. The YAML text is
 * kept so sweeps can re-bind it with one parameter changed.
 *
 * <p>{@code seeds} is a count ({@code seeds: 5} runs seeds 1..5) or a list of seeds.
 */
public record Scenario(String source, String yaml, String name, String description,
    List<Long> seeds, EvaluationSpec evaluation, SimulationSpec simulation,
    DetectorSuite detectors, List<SweepAxis> sweep) {

  /** Evaluation's top-level fields. */
  public static final Set<String> FIELDS = Set.of("name", "description", "seeds", "evaluation",
      "sweep");

  public Scenario {
    seeds = List.copyOf(seeds);
    sweep = List.copyOf(sweep);
  }

  /** Every top-level field any module binds. */
  public static Set<String> allFields() {
    Set<String> all = new HashSet<>(FIELDS);
    all.addAll(SimulationSpec.FIELDS);
    all.addAll(DetectorSuite.FIELDS);
    return all;
  }

  /** Reads and binds a scenario file; a bad field throws one-line {@link SpecException}. */
  public static Scenario load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new SpecException(file.toString(), "", 0, Files.exists(file) ? "not a file"
          : "no such file");
    }
    String yaml;
    try {
      yaml = Utf8Reader.readString(file);
    } catch (TrafficFormatException e) {
      throw new SpecException(file.toString(), "", (int) Math.min(e.line(), Integer.MAX_VALUE),
          e.problem());
    } catch (java.io.UncheckedIOException e) {
      throw new SpecException(file.toString(), "", 0, "cannot read: " + e.getMessage());
    }
    return parse(file.toString(), yaml);
  }

  /** Binds scenario YAML text; {@code source} names it in errors. */
  public static Scenario parse(String source, String yaml) {
    SpecNode root = SpecReader.read(source, yaml);
    if (root.type() != SpecNode.Type.MAP) {
      throw root.error("a scenario must be a map of fields");
    }
    root.rejectUnknown(allFields());
    SimulationSpec simulation = SimulationSpec.from(root);
    DetectorSuite detectors = DetectorSuite.from(root);
    ExternalSpec.all(detectors); // binds the external entries now, so errors surface before the run
    String description = root.string("description", "");
    List<Long> seeds = seeds(root);
    EvaluationSpec evaluation = EvaluationSpec.from(root);
    List<SweepAxis> sweep = SweepAxis.from(root);
    return new Scenario(source, yaml, simulation.name(), description, seeds, evaluation,
        simulation, detectors, sweep);
  }

  private static List<Long> seeds(SpecNode root) {
    if (root.field("seeds").isEmpty()) {
      return List.of(1L);
    }
    SpecNode s = root.field("seeds").orElseThrow();
    if (s.type() == SpecNode.Type.SCALAR) {
      long n = root.longField("seeds", 1, x -> x >= 1 && x <= 10_000,
          "must be a count between 1 and 10000 or a list of seeds");
      return range(1, n);
    }
    List<Long> out = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (SpecNode item : s.items()) {
      long v;
      try {
        v = Long.parseLong(item.text().replace("_", ""));
      } catch (NumberFormatException e) {
        throw item.error("must be a whole number, not '" + item.text() + "'");
      }
      if (!seen.add(v)) {
        throw item.error("seed " + v + " listed twice");
      }
      out.add(v);
    }
    if (out.isEmpty()) {
      throw s.error("must list at least one seed");
    }
    return out;
  }

  /** Seeds {@code first .. first + count - 1}. */
  public static List<Long> range(long first, long count) {
    List<Long> out = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      out.add(first + i);
    }
    return out;
  }

  /** The external detectors of {@code detectors:}, bound, in listed order. */
  public List<ExternalSpec> externals() {
    return ExternalSpec.all(detectors);
  }

  /** This scenario with other seeds. */
  public Scenario withSeeds(List<Long> newSeeds) {
    return new Scenario(source, yaml, name, description, newSeeds, evaluation, simulation,
        detectors, sweep);
  }
}
