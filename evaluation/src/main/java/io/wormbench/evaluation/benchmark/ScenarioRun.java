package io.wormbench.evaluation.benchmark;

import io.wormbench.evaluation.experiment.Experiment;
import io.wormbench.evaluation.experiment.Progress;
import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.fidelity.Fidelity;
import io.wormbench.evaluation.fidelity.FidelityFiles;
import io.wormbench.evaluation.fidelity.FidelityInputs;
import io.wormbench.evaluation.fidelity.FidelityReport;
import io.wormbench.evaluation.fidelity.Reference;
import io.wormbench.evaluation.fidelity.ReferenceFile;
import io.wormbench.evaluation.fidelity.artefact.ArtefactSample;
import io.wormbench.evaluation.output.RunWriter;
import io.wormbench.evaluation.report.ReportRenderer;
import io.wormbench.evaluation.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs one catalogue scenario into its own run folder with the ordinary machinery
 * ({@link Experiment}, {@link RunWriter}, {@link ReportRenderer}). In compact mode it keeps the
 * folder small enough to commit: before rendering it removes the per-seed copies under
 * {@code seeds/} and the first seed's ground truth ({@code truth.json}, {@code truth.csv}:
 * megabytes of event uids on a noisy worm), so the report lists only files that exist; after
 * rendering it removes the SVG charts whose link it could take out of index.html (the PNGs are
 * embedded in the page and kept). Metrics, chart data, alerts and scored alerts stay. Every
 * folder also gets the fidelity scorecard of the scenario's first seed (evaluation/FIDELITY.md).
 */
public final class ScenarioRun {
  /** The copy of the scenario file written into each run folder. */
  public static final String SCENARIO_FILE = "scenario.yaml";

  /** What compact mode removes, for the README. */
  public static final String COMPACT_NOTE = "Compact: each folder keeps metrics, chart data, "
      + "alerts (first seed), scored alerts (every seed), incidents and its report; the "
      + "per-seed copies under `seeds/`, the ground truth (`truth.json`, `truth.csv`) and the "
      + "SVG charts are left out to keep the folder small (run with `--full` to keep them).";

  /** What full mode keeps, for the README. */
  public static final String FULL_NOTE = "Full: each folder holds every file of a run folder, "
      + "per-seed copies and ground truth included.";

  private ScenarioRun() {}

  /** Runs {@code scenario} into {@code dir} (emptied first) and renders its report. */
  public static RunOutcome run(Scenario scenario, int threads, Path dir, String command,
      boolean compact, Progress progress) {
    delete(dir);
    RunOutcome outcome = Experiment.run(scenario, threads, progress);
    RunWriter.write(outcome, dir, command);
    try {
      // The scenario as run, so the folder says what it measured (and the summary its text).
      Files.writeString(dir.resolve(SCENARIO_FILE), scenario.yaml(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir + ": " + e.getMessage(), e);
    }
    measureFidelity(scenario, dir);
    if (compact) {
      delete(dir.resolve("seeds"));
      delete(dir.resolve("truth.json"));
      delete(dir.resolve("truth.csv"));
    }
    Path page = ReportRenderer.render(dir);
    if (compact) {
      dropSvgs(dir, page);
    }
    return outcome;
  }

  /**
   * Writes the fidelity scorecard of the scenario's first seed into {@code dir}, simulated
   * again (streaming) so the run folder needs no events; the report shows it.
   */
  static void measureFidelity(Scenario scenario, Path dir) {
    long seed = scenario.seeds().isEmpty() ? 1 : scenario.seeds().get(0);
    Reference ref = ReferenceFile.defaults();
    Fidelity.Measurement m = FidelityInputs.scenario(scenario, seed, Optional.empty()).opener()
        .measure(ref, ArtefactSample.PER_CLASS);
    FidelityFiles.write(new FidelityReport(ref, List.of(m.run()), Optional.empty()), dir,
        "wormbench fidelity " + scenario.source() + " --seed " + seed);
  }

  /** Deletes each SVG chart whose link it can remove from the report page. */
  static void dropSvgs(Path dir, Path page) {
    try {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      List<Path> svgs;
      try (Stream<Path> files = Files.list(dir)) {
        svgs = files.filter(p -> p.getFileName().toString().endsWith(".svg")).sorted().toList();
      }
      for (Path svg : svgs) {
        String link = "<a href=\"" + svg.getFileName() + "\">SVG</a> \u00b7 ";
        if (html.contains(link)) {
          html = html.replace(link, "");
          Files.delete(svg);
        }
      }
      Files.writeString(page, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compact " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Deletes a file or a folder tree, if present. */
  static void delete(Path p) {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> all = Files.walk(p)) {
      for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + p + ": " + e.getMessage(), e);
    }
  }
}
