package io.wormbench.evaluation.benchmark;

import io.wormbench.evaluation.report.RunData;
import io.wormbench.evaluation.report.input.RunFolder;
import io.wormbench.evaluation.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One catalogue scenario's results as read back from its saved run folder (metrics.json and
 * run.json, evaluation/SCHEMA.md) through {@link RunFolder}, never from live objects, so the
 * summary is a function of the files a reader can inspect.
 *
 * @param name the scenario name
 * @param folder the run folder's name inside the benchmark folder
 * @param description the scenario's description: from run.json, else from the folder's copy
 *     of the scenario file ({@code scenario.yaml}), else empty
 * @param seeds the seeds the run used
 * @param version the Wormbench version that wrote the run
 * @param attackFree true when no seed has an infected host (host recall undefined for every
 *     detector): a benign-only scenario, where only false alarms mean anything
 * @param detectors one row per detector, {@code all-detectors} first, as metrics.json lists them
 */
public record ScenarioResult(String name, String folder, String description, List<Long> seeds,
    String version, boolean attackFree, List<RunData.DetectorRow> detectors) {
  public ScenarioResult {
    seeds = List.copyOf(seeds);
    detectors = List.copyOf(detectors);
  }

  /** Reads the run folder {@code dir}; its file name is the folder name the summary links. */
  public static ScenarioResult read(Path dir) {
    RunData d = RunFolder.read(dir);
    boolean attackFree = d.detectors().stream().noneMatch(r -> r.hostRecall().defined());
    Path file = dir.toAbsolutePath().normalize().getFileName();
    String description = d.scenario().description();
    Path yaml = dir.resolve(ScenarioRun.SCENARIO_FILE);
    if (description.isEmpty() && Files.isRegularFile(yaml)) {
      try {
        description = Scenario.parse(yaml.toString(),
            Files.readString(yaml, StandardCharsets.UTF_8)).description();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + yaml + ": " + e.getMessage(), e);
      }
    }
    return new ScenarioResult(d.scenario().name(), file == null ? "" : file.toString(),
        description, d.reproduce().seeds(), d.reproduce().version(), attackFree,
        d.detectors());
  }

  /** The row of {@code detector}, if this scenario ran it. */
  public java.util.Optional<RunData.DetectorRow> row(String detector) {
    return detectors.stream().filter(r -> r.detector().equals(detector)).findFirst();
  }
}
