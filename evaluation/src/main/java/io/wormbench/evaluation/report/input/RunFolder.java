package io.wormbench.evaluation.report.input;

import io.wormbench.evaluation.report.Estimate;
import io.wormbench.evaluation.report.RunData;
import io.wormbench.evaluation.report.RunData.Coverage;
import io.wormbench.evaluation.report.RunData.DetectorRow;
import io.wormbench.evaluation.report.RunData.FalseAlarms;
import io.wormbench.evaluation.report.RunData.Host;
import io.wormbench.evaluation.report.RunData.Incident;
import io.wormbench.evaluation.report.RunData.PrRow;
import io.wormbench.evaluation.report.RunData.Step;
import io.wormbench.evaluation.report.RunData.SweepRow;
import io.wormbench.evaluation.report.RunData.Timeline;
import io.wormbench.evaluation.report.RunData.Ttd;
import io.wormbench.evaluation.scoring.Metric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads a run folder's saved files into {@link RunData}; the only place that knows file names
 * and columns (documented in evaluation/SCHEMA.md), so a schema change touches this class only.
 * metrics.json is required; every other file is optional and its absence gives empty data that
 * the report states plainly.
 */
public final class RunFolder {
  /** Files read, in the order the report lists them. */
  public static final List<String> FILES = List.of("run.json", "metrics.json", "metrics.csv",
      "alerts.csv", "scored-alerts.csv", "incidents.json", "truth.json", "truth.csv", "ttd.csv",
      "stage-coverage.csv", "pr-curve.csv", "false-alarms.csv", "timeline.csv", "sweep.csv",
      "sweep-command.txt");

  private RunFolder() {}

  /** Reads the run folder {@code dir}. */
  public static RunData read(Path dir) {
    Path metricsFile = dir.resolve("metrics.json");
    boolean sweepOnly = !Files.isRegularFile(metricsFile)
        && Files.isRegularFile(dir.resolve("sweep.csv"));
    if (!Files.isRegularFile(metricsFile) && !sweepOnly) {
      throw new ReportInputException(dir + ": not a run folder: metrics.json is missing");
    }
    if (sweepOnly) {
      return sweepFolder(dir);
    }
    JsonNode m = Json.read(metricsFile);
    Json mj = Json.of(metricsFile);
    JsonNode truth = optionalJson(dir.resolve("truth.json"));
    Json tj = Json.of(dir.resolve("truth.json"));
    JsonNode run = optionalJson(dir.resolve("run.json"));
    Json rj = Json.of(dir.resolve("run.json"));
    RunData.Scenario scenario = scenario(m, mj, run, rj, truth, tj);
    RunData.Reproduce reproduce = reproduce(run.isObject() ? run : m, run.isObject() ? rj : mj);
    long seed = truth.has("seed") ? tj.integer(truth, "seed", "$") : Long.MIN_VALUE;
    return new RunData(scenario, reproduce, hosts(truth, tj), detectors(m, mj),
        ttd(dir.resolve("ttd.csv")), timelines(truth, tj), steps(truth, tj),
        AlertFiles.read(dir.resolve("alerts.csv"), dir.resolve("scored-alerts.csv"), seed),
        coverage(dir.resolve("stage-coverage.csv")),
        prCurve(dir.resolve("pr-curve.csv")), sweep(dir.resolve("sweep.csv")),
        falseAlarms(dir.resolve("false-alarms.csv")), incidents(dir.resolve("incidents.json")));
  }

  /**
   * A sweep folder (sweep.csv, sweep-command.txt, points/N/): only the evasion curves, named
   * after the folder; the per-point run data stay in points/.
   */
  private static RunData sweepFolder(Path dir) {
    String command = "";
    Path cmd = dir.resolve("sweep-command.txt");
    try {
      if (Files.isRegularFile(cmd)) {
        command = Files.readString(cmd, java.nio.charset.StandardCharsets.UTF_8).strip();
      }
    } catch (java.io.IOException e) {
      throw new ReportInputException("sweep-command.txt: " + e.getMessage());
    }
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return new RunData(new RunData.Scenario(name == null ? "sweep" : name.toString(),
        "Parameter sweep: one run per grid point under points/.", 0, 0),
        new RunData.Reproduce(command, List.of(), ""), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), sweep(dir.resolve("sweep.csv")), List.of(),
        List.of());
  }

  private static JsonNode optionalJson(Path p) {
    return Files.isRegularFile(p) ? Json.read(p)
        : tools.jackson.databind.node.MissingNode.getInstance();
  }

  private static RunData.Scenario scenario(JsonNode m, Json mj, JsonNode run, Json rj,
      JsonNode truth, Json tj) {
    String name = rj.text(run, "scenario", "$");
    if (name.isEmpty()) {
      name = mj.text(m, "scenario", "$");
    }
    if (name.isEmpty()) {
      name = tj.text(truth, "scenario", "$");
    }
    String description = rj.text(run, "description", "$");
    if (description.isEmpty()) {
      description = mj.text(m, "description", "$");
    }
    long start = truth.has("start") ? tj.time(truth, "start", "$") : 0;
    long end = truth.has("end") ? tj.time(truth, "end", "$") : start;
    return new RunData.Scenario(name, description, start, end == Long.MAX_VALUE ? start : end);
  }

  private static RunData.Reproduce reproduce(JsonNode node, Json j) {
    List<Long> seeds = new ArrayList<>();
    for (JsonNode s : j.list(node, "seeds", "$")) {
      if (!s.isIntegralNumber()) {
        throw j.error("$.seeds", "must be a list of integers");
      }
      seeds.add(s.asLong());
    }
    return new RunData.Reproduce(j.text(node, "command", "$"), seeds, j.text(node, "version", "$"));
  }

  /**
   * Detector rows from {@code detectors} (names, in order) and the {@code primary} and
   * {@code secondary} metric summaries of SCHEMA.md; the alert count is the sum over seeds.
   */
  private static List<DetectorRow> detectors(JsonNode m, Json j) {
    List<DetectorRow> out = new ArrayList<>();
    JsonNode primary = Json.field(m, "primary");
    JsonNode secondary = Json.field(m, "secondary");
    for (String name : j.strings(m, "detectors", "$")) {
      JsonNode p = primary.path(name);
      JsonNode s = secondary.path(name);
      String pp = "$.primary." + name;
      String sp = "$.secondary." + name;
      Function<Metric, Estimate> e = x -> x.primary() ? j.estimate(p, x.name(), pp)
          : j.estimate(s, x.name(), sp);
      out.add(new DetectorRow(name, sumPerSeed(Json.field(s, Metric.ALERTS.name())),
          e.apply(Metric.ALERT_PRECISION), e.apply(Metric.HOST_PRECISION),
          e.apply(Metric.HOST_RECALL), e.apply(Metric.HOST_F1), e.apply(Metric.MEDIAN_TTD),
          e.apply(Metric.FALSE_ALARMS_PER_1000_HOST_DAYS), e.apply(Metric.FALSE_ALARMS_PER_DAY),
          e.apply(Metric.PR_AUC)));
    }
    return out;
  }

  private static long sumPerSeed(JsonNode summary) {
    long sum = 0;
    for (JsonNode v : Json.field(summary, "perSeed")) {
      sum += v.asLong(0);
    }
    return sum;
  }

  private static List<Host> hosts(JsonNode truth, Json j) {
    List<Host> out = new ArrayList<>();
    List<JsonNode> hs = j.list(truth, "hosts", "$");
    for (int i = 0; i < hs.size(); i++) {
      String p = "$.hosts[" + i + "]";
      JsonNode h = hs.get(i);
      out.add(new Host(j.address(h, "address", p), j.text(h, "name", p), j.text(h, "role", p),
          j.text(h, "subnet", p)));
    }
    return out;
  }

  private static List<Timeline> timelines(JsonNode truth, Json j) {
    List<Timeline> out = new ArrayList<>();
    List<JsonNode> ts = j.list(truth, "timelines", "$");
    for (int i = 0; i < ts.size(); i++) {
      String p = "$.timelines[" + i + "]";
      JsonNode t = ts.get(i);
      out.add(new Timeline(j.address(t, "host", p), j.time(t, "infectedAt", p),
          j.time(t, "firstMaliciousAt", p), j.time(t, "quarantinedAt", p)));
    }
    return out;
  }

  private static List<Step> steps(JsonNode truth, Json j) {
    List<Step> out = new ArrayList<>();
    List<JsonNode> ss = j.list(truth, "steps", "$");
    for (int i = 0; i < ss.size(); i++) {
      String p = "$.steps[" + i + "]";
      JsonNode s = ss.get(i);
      long start = j.time(s, "start", p);
      long end = j.time(s, "end", p);
      if (start == Long.MAX_VALUE) {
        throw j.error(p + ".start", "is missing");
      }
      out.add(new Step(s.has("id") ? (int) j.integer(s, "id", p) : i, j.text(s, "stage", p),
          j.text(s, "technique", p), j.address(s, "source", p), j.address(s, "target", p), start,
          end == Long.MAX_VALUE ? start : end));
    }
    return out;
  }

  private static List<Ttd> ttd(Path file) {
    List<Ttd> out = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      for (CsvTable.Row r : CsvTable.read(file).rows()) {
        double s = r.number("ttdSeconds");
        if (s < 0) {
          throw r.error("ttdSeconds", "must be >= 0 or empty (undetected): " + s);
        }
        out.add(new Ttd(r.text("detector"), r.integer("seed"), r.text("host"), s));
      }
    }
    return out;
  }

  private static List<Coverage> coverage(Path file) {
    List<Coverage> out = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      for (CsvTable.Row r : CsvTable.read(file).rows()) {
        long steps = r.integer("steps");
        long caught = r.integer("caught");
        if (caught < 0 || caught > steps) {
          throw r.error("caught", "must be between 0 and steps (" + steps + "): " + caught);
        }
        double share = r.has("coverage") ? r.number("coverage")
            : steps == 0 ? Double.NaN : (double) caught / steps;
        if (share < 0 || share > 1) {
          throw r.error("coverage", "must be in [0,1]: " + share);
        }
        out.add(new Coverage(r.text("detector"), r.text("stage"), steps, caught, share));
      }
    }
    return out;
  }

  private static List<PrRow> prCurve(Path file) {
    List<PrRow> out = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      for (CsvTable.Row r : CsvTable.read(file).rows()) {
        double p = r.number("precision");
        double rc = r.number("recall");
        if (Double.isNaN(p) || Double.isNaN(rc)) {
          // no alert at this threshold (precision undefined) or no infected host in the run
          // (recall undefined, as in benign-only): no operating point to draw
          continue;
        }
        if (p < 0 || p > 1 || !(rc >= 0 && rc <= 1)) {
          throw r.error("precision", "precision and recall must be in [0,1]");
        }
        out.add(new PrRow(r.text("detector"), r.number("threshold"), p, rc));
      }
    }
    return out;
  }

  private static List<SweepRow> sweep(Path file) {
    List<SweepRow> out = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      for (CsvTable.Row r : CsvTable.read(file).rows()) {
        String text = r.text("value");
        double value;
        try {
          value = Double.parseDouble(text);
        } catch (NumberFormatException notOneNumber) {
          value = Double.NaN;
        }
        out.add(new SweepRow(r.text("parameter"), text, value, r.text("detector"),
            new Estimate(r.number("hostRecall"), r.optionalNumber("hostRecallLow"),
                r.optionalNumber("hostRecallHigh")),
            new Estimate(r.number("medianTtdSeconds"), r.optionalNumber("medianTtdLow"),
                r.optionalNumber("medianTtdHigh"))));
      }
    }
    return out;
  }

  private static List<FalseAlarms> falseAlarms(Path file) {
    List<FalseAlarms> out = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      for (CsvTable.Row r : CsvTable.read(file).rows()) {
        // attribution is "lookalike:<kind>" or "unattributed"; the kind alone is what we show.
        String attribution = r.text("attribution");
        String kind = attribution.startsWith("lookalike:")
            ? attribution.substring("lookalike:".length()) : "";
        out.add(new FalseAlarms(r.text("detector"), kind, r.integer("alerts")));
      }
    }
    return out;
  }

  private static List<Incident> incidents(Path file) {
    List<Incident> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    JsonNode root = Json.read(file);
    Json j = Json.of(file);
    List<JsonNode> list = new ArrayList<>();
    String base = "$";
    if (root.isArray()) {
      root.forEach(list::add);
    } else {
      list = j.list(root, "incidents", "$");
      base = "$.incidents";
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode n = list.get(i);
      String p = base + "[" + i + "]";
      String id = j.text(n, "id", p);
      JsonNode a = Json.field(n, "alerts");
      double alerts = a.isArray() ? a.size() : j.number(n, "alerts", p);
      if (Double.isNaN(alerts)) {
        alerts = 0;
      }
      // The correlator writes first/last, stages and maxScore (IncidentsJson); a summary and
      // start/end are accepted too.
      long start = n.has("first") ? j.time(n, "first", p) : j.time(n, "start", p);
      long end = n.has("last") ? j.time(n, "last", p) : j.time(n, "end", p);
      String summary = j.text(n, "summary", p);
      if (summary.isEmpty()) {
        List<String> stages = j.strings(n, "stages", p).stream()
            .map(st -> st.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList();
        double max = j.number(n, "maxScore", p);
        summary = (stages.isEmpty() ? "" : "stages: " + String.join(", ", stages))
            + (Double.isNaN(max) ? "" : (stages.isEmpty() ? "" : "; ")
                + String.format(java.util.Locale.ROOT, "max score %.2f", max));
      }
      out.add(new Incident(id.isEmpty() ? String.valueOf(i + 1) : id, start, end,
          j.strings(n, "hosts", p), j.strings(n, "detectors", p), (long) alerts, summary));
    }
    return out;
  }
}
