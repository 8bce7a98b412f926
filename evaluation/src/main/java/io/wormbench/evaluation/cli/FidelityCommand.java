package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.fidelity.Fidelity;
import io.wormbench.evaluation.fidelity.FidelityFiles;
import io.wormbench.evaluation.fidelity.FidelityInputs;
import io.wormbench.evaluation.fidelity.FidelityInputs.Input;
import io.wormbench.evaluation.fidelity.FidelityReport;
import io.wormbench.evaluation.fidelity.FidelityRun;
import io.wormbench.evaluation.fidelity.FidelityTable;
import io.wormbench.evaluation.fidelity.Reference;
import io.wormbench.evaluation.fidelity.ReferenceFile;
import io.wormbench.evaluation.fidelity.ReferenceRange.Verdict;
import io.wormbench.evaluation.fidelity.artefact.ArtefactSample;
import io.wormbench.evaluation.fidelity.artefact.ConnFields;
import io.wormbench.evaluation.fidelity.artefact.TreeCheck;
import io.wormbench.evaluation.scenario.Scenario;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wormbench fidelity}: the realism scorecard of a run, a Zeek log folder or a scenario
 * (evaluation/FIDELITY.md). Prints a pass/fail table against the reference ranges and writes
 * fidelity.json, fidelity.csv and the charts to {@code --out}. Exit code 0 when it ran, whatever
 * the verdicts; with {@code --strict}, 1 when any statistic fails its range; 2 for bad input.
 */
@Command(name = "fidelity", mixinStandardHelpOptions = true,
    description = "Measure how realistic traffic is: realism statistics of a run folder, a Zeek "
        + "log folder or a scenario beside real-traffic reference ranges, and (with truth) the "
        + "artefact check: single-field AUC and a depth-3 tree trained on one run, tested on "
        + "another.")
final class FidelityCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "<run|zeek-dir|events|scenario.yaml>")
  Path input;

  @Option(names = "--reference", paramLabel = "FILE", description = "Reference ranges (YAML) "
      + "replacing the shipped ones.")
  Path reference;

  @Option(names = "--seeds", paramLabel = "N", description = "Scenario: measure seeds 1..N.")
  Integer seeds;

  @Option(names = "--seed", paramLabel = "S", description = "Scenario: measure seed S "
      + "(default: the scenario's first seed).")
  Long seed;

  @Option(names = "--time-zone", paramLabel = "ZONE", description = "The network's time zone "
      + "for night, weekend and day statistics (default: the scenario's; else UTC).")
  String timeZone;

  @Option(names = "--truth", paramLabel = "FILE", description = "truth.json of an events file "
      + "or folder that has none beside it.")
  Path truth;

  @Option(names = "--format", paramLabel = "FMT", description = "Event format if not "
      + "detected: jsonl, csv, zeek, zeek-json, pcap.")
  String format;

  @Option(names = "--train", paramLabel = "RUN", description = "Artefact tree: train on this "
      + "run (a run folder with truth, or a scenario file with --train-seed).")
  Path train;

  @Option(names = "--test", paramLabel = "RUN", description = "Artefact tree: test on this run.")
  Path test;

  @Option(names = "--train-seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of a --train scenario (default: ${DEFAULT-VALUE}).")
  long trainSeed;

  @Option(names = "--test-seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of a --test scenario (default: ${DEFAULT-VALUE}).")
  long testSeed;

  @Option(names = "--tree-exclude", paramLabel = "FIELDS", defaultValue = "port,service",
      description = "conn.log fields the tree may not use, comma-separated, or 'none' "
          + "(default: ${DEFAULT-VALUE}).")
  String treeExclude;

  @Option(names = "--sample", paramLabel = "N", defaultValue = "" + ArtefactSample.PER_CLASS,
      description = "Artefact check: connections sampled per class (default: ${DEFAULT-VALUE}).")
  int sample;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: the run "
      + "folder when the input is one, else reports/fidelity/<input>).")
  Path out;

  @Option(names = "--strict", description = "Exit 1 when any statistic fails its range.")
  boolean strict;

  @Override
  public Integer call() {
    if (sample < 10 || sample > 5_000_000) {
      throw new BadInputException("--sample must be between 10 and 5000000, not " + sample);
    }
    Reference ref = reference == null ? ReferenceFile.defaults() : ReferenceFile.load(reference);
    Optional<ZoneId> zone = zone();
    List<Input> inputs = new ArrayList<>();
    boolean tree = train != null || test != null;
    if (tree) {
      if (train == null || test == null) {
        throw new BadInputException("give both --train and --test");
      }
      if (input != null) {
        throw new BadInputException("give either a run to measure or --train/--test, not both");
      }
      inputs.add(one(train, trainSeed, zone, "--train"));
      inputs.add(one(test, testSeed, zone, "--test"));
    } else {
      if (input == null) {
        throw new BadInputException("give a run folder, a Zeek log folder, an events file or a "
            + "scenario file (or --train and --test)");
      }
      if (seed != null && seeds != null) {
        throw new BadInputException("give --seed or --seeds, not both");
      }
      if (seeds != null && (seeds < 1 || seeds > 1000)) {
        throw new BadInputException("--seeds must be between 1 and 1000, not " + seeds);
      }
      List<Long> s = seed != null ? List.of(seed)
          : seeds != null ? Scenario.range(1, seeds) : List.of();
      inputs.addAll(FidelityInputs.of(input, s, zone, Optional.ofNullable(truth),
          Optional.ofNullable(format)));
    }
    List<FidelityRun> runs = new ArrayList<>();
    List<Fidelity.Measurement> measured = new ArrayList<>();
    for (Input in : inputs) {
      Fidelity.Measurement m = in.opener().measure(ref, sample);
      measured.add(m);
      runs.add(m.run());
    }
    Optional<TreeCheck> check = Optional.empty();
    if (tree) {
      ArtefactSample a = measured.get(0).sample().orElseThrow(() ->
          new BadInputException(train + ": no truth.json, so no labels to train on"));
      ArtefactSample b = measured.get(1).sample().orElseThrow(() ->
          new BadInputException(test + ": no truth.json, so no labels to test on"));
      check = Optional.of(TreeCheck.run(a, b, excluded()));
    }
    FidelityReport report = new FidelityReport(ref, runs, check);
    Path dir = out != null ? out : defaultOut(inputs);
    List<Path> written = FidelityFiles.write(report, dir, command());
    var stdout = spec.commandLine().getOut();
    stdout.print(FidelityTable.render(report));
    stdout.printf(Locale.ROOT, "written: %s%n", String.join(", ",
        written.stream().map(Path::toString).toList()));
    return strict && report.count(Verdict.FAIL) > 0 ? 1 : 0;
  }

  private Input one(Path p, long s, Optional<ZoneId> zone, String option) {
    String lower = p.toString().toLowerCase(Locale.ROOT);
    boolean scenario = lower.endsWith(".yaml") || lower.endsWith(".yml");
    List<Input> in = FidelityInputs.of(p, scenario ? List.of(s) : List.of(), zone,
        Optional.empty(), Optional.ofNullable(format));
    if (in.size() != 1) {
      throw new BadInputException(option + ": " + p + " must be one run");
    }
    return in.get(0);
  }

  private List<String> excluded() {
    if (treeExclude.equals("none")) {
      return List.of();
    }
    List<String> out = Arrays.stream(treeExclude.split(",")).map(String::strip)
        .filter(x -> !x.isEmpty()).toList();
    for (String f : out) {
      if (!ConnFields.names().contains(f)) {
        throw new BadInputException("--tree-exclude: unknown field '" + f + "' (known: "
            + String.join(", ", ConnFields.names()) + ")");
      }
    }
    return out;
  }

  private Optional<ZoneId> zone() {
    if (timeZone == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(timeZone));
    } catch (DateTimeException e) {
      throw new BadInputException("--time-zone: unknown zone '" + timeZone + "'");
    }
  }

  private static Path defaultOut(List<Input> inputs) {
    Input first = inputs.get(0);
    if (inputs.size() == 1 && first.runFolder() && first.folder().isPresent()) {
      return first.folder().get();
    }
    String slug = first.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-")
        .replaceAll("^-+|-+$", "");
    return Path.of("reports", "fidelity", slug.isEmpty() ? "run" : slug);
  }

  private String command() {
    return "wormbench fidelity " + String.join(" ", spec.commandLine().getParseResult()
        .originalArgs());
  }
}
