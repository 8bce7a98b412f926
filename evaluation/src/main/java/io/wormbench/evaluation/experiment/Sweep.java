package io.wormbench.evaluation.experiment;

import io.wormbench.evaluation.external.ExternalWork;
import io.wormbench.evaluation.output.Csv;
import io.wormbench.evaluation.output.MetricsFiles;
import io.wormbench.evaluation.output.Num;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.evaluation.scenario.SweepAxis;
import io.wormbench.evaluation.scoring.Metric;
import io.wormbench.evaluation.stats.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep: the cartesian grid of the scenario's {@code sweep:} axes, each point a full run over
 * the scenario's seeds with the parameters overridden, giving each detector's recall and
 * time-to-detect against the parameter (its evasion curve) in {@code sweep.csv}, and each
 * point's metrics under {@code points/<n>/}; the folder's own run files are the first point's.
 */
public final class Sweep {
  private Sweep() {}

  /** One grid point: parameter path to value, in axis order. */
  public record Point(Map<String, String> values) {
    /** {@code a=1,b=2}. */
    public String label() {
      List<String> parts = new ArrayList<>();
      values.forEach((k, v) -> parts.add(k + "=" + v));
      return String.join(",", parts);
    }
  }

  /** The grid points of {@code scenario}, first axis varying slowest. */
  public static List<Point> points(Scenario scenario) {
    List<Map<String, String>> grid = new ArrayList<>();
    grid.add(new LinkedHashMap<>());
    for (SweepAxis axis : scenario.sweep()) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> g : grid) {
        for (String v : axis.values()) {
          Map<String, String> m = new LinkedHashMap<>(g);
          m.put(axis.parameter(), v);
          next.add(m);
        }
      }
      grid = next;
    }
    return grid.stream().map(Point::new).toList();
  }

  /** The scenario at one grid point, bound again (so a bad value fails like a bad field). */
  public static Scenario at(Scenario scenario, Point point) {
    String yaml = scenario.yaml();
    for (Map.Entry<String, String> e : point.values().entrySet()) {
      yaml = ParameterOverride.apply(scenario.source(), yaml, e.getKey(), e.getValue());
    }
    Scenario s = Scenario.parse(scenario.source() + " [" + point.label() + "]", yaml);
    return s.withSeeds(scenario.seeds());
  }

  /** Runs every point and writes sweep.csv and points/ into {@code out}; returns sweep.csv. */
  public static String run(Scenario scenario, int threads, Path out, String command,
      Progress progress) {
    return run(scenario, threads, out, command, progress, false);
  }

  /** The same; {@code keepExternalInput} keeps external detectors' traffic under out. */
  public static String run(Scenario scenario, int threads, Path out, String command,
      Progress progress, boolean keepExternalInput) {
    return run(scenario, new LocalFanOut(threads), out, command, progress, keepExternalInput);
  }

  /**
   * Runs every point's seeds as one batch on {@code engine} and writes sweep.csv and points/
   * into {@code out}; returns sweep.csv. {@code keepExternalInput} keeps external detectors'
   * traffic under each point's folder.
   */
  public static String run(Scenario scenario, FanOut engine, Path out, String command,
      Progress progress, boolean keepExternalInput) {
    List<Point> points = points(scenario);
    List<Scenario> bound = points.stream().map(p -> at(scenario, p)).toList();
    List<ExternalWork> works = new java.util.ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      works.add(ExternalWork.under(pointDir(out, i), keepExternalInput));
    }
    List<RunOutcome> outcomes = Experiment.runAll(bound, works, engine, progress);
    Csv csv = new Csv("parameter", "value", "detector", "hostRecall", "hostRecallLow",
        "hostRecallHigh", "medianTtdSeconds", "medianTtdLow", "medianTtdHigh", "hostPrecision",
        "seeds");
    try {
      Files.createDirectories(out);
      for (int i = 0; i < points.size(); i++) {
        Path dir = pointDir(out, i);
        RunOutcome o = outcomes.get(i);
        if (i == 0) {
          // The folder's own run files show the first grid point, so the report has a run.
          io.wormbench.evaluation.output.RunWriter.write(o, out, command + " # point 1: "
              + points.get(0).label());
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("metrics.json"), MetricsFiles.json(o), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("metrics.csv"), MetricsFiles.csv(o), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("point.txt"), points.get(i).label() + "\n",
            StandardCharsets.UTF_8);
        String parameter = String.join(",", points.get(i).values().keySet());
        String value = String.join(",", points.get(i).values().values());
        for (String d : o.summary().detectors().keySet()) {
          Summary r = o.summary().get(d, Metric.HOST_RECALL);
          Summary t = o.summary().get(d, Metric.MEDIAN_TTD);
          Summary p = o.summary().get(d, Metric.HOST_PRECISION);
          csv.row(parameter, value, d, Num.format(r.mean()), Num.format(r.ci95Low()),
              Num.format(r.ci95High()), Num.format(t.mean()), Num.format(t.ci95Low()),
              Num.format(t.ci95High()), Num.format(p.mean()), o.seeds().size());
        }
      }
      String text = csv.toString();
      Files.writeString(out.resolve("sweep.csv"), text, StandardCharsets.UTF_8);
      Files.writeString(out.resolve("sweep-command.txt"), command + "\n", StandardCharsets.UTF_8);
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  private static Path pointDir(Path out, int i) {
    return out.resolve("points").resolve(Integer.toString(i + 1));
  }
}
