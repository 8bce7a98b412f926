package io.wormbench.evaluation.report.input;

import io.wormbench.evaluation.report.Estimate;
import io.wormbench.evaluation.report.RunData;
import io.wormbench.evaluation.report.RunData.AlertRow;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads a run folder's saved files into {@link RunData}; the only place that knows file names
 * and columns (documented in evaluation/SCHEMA.md), so a schema change touches this class only.
 * metrics.json is required; every other file is optional and its absence gives empty data that
 * the report states plainly.
 */
public final class RunFolder {
  /** Files read, in the order the report lists them. */
  public static final List<String> FILES = List.of("metrics.json", "metrics.csv", "alerts.csv",
      "incidents.json", "truth.json", "truth.csv", "ttd.csv", "stage-coverage.csv",
      "pr-curve.csv", "sweep.csv", "false-alarms.csv");

  private RunFolder() {}

  /** Reads the run folder {@code dir}. */
  public static RunData read(Path dir) {
    Path metricsFile = dir.resolve("metrics.json");
    if (!Files.isRegularFile(metricsFile)) {
      throw new ReportInputException(dir + ": not a run folder: metrics.json is missing");
    }
    JsonNode m = Json.read(metricsFile);
    Json mj = Json.of(metricsFile);
    JsonNode truth = optionalJson(dir.resolve("truth.json"));
    Json tj = Json.of(dir.resolve("truth.json"));
    RunData.Scenario scenario = scenario(m, mj, truth, tj);
    RunData.Reproduce reproduce = reproduce(m, mj);
    long seed = truth.has("seed") ? tj.integer(truth, "seed", "$") : Long.MIN_VALUE;
    return new RunData(scenario, reproduce, hosts(truth, tj), detectors(m, mj),
        ttd(dir.resolve("ttd.csv")), timelines(truth, tj), steps(truth, tj),
        alerts(dir.resolve("alerts.csv"), seed), coverage(dir.resolve("stage-coverage.csv")),
        prCurve(dir.resolve("pr-curve.csv")), sweep(dir.resolve("sweep.csv")),
        falseAlarms(dir.resolve("false-alarms.csv")), incidents(dir.resolve("incidents.json")));
  }

  private static JsonNode optionalJson(Path p) {
    return Files.isRegularFile(p) ? Json.read(p)
        : tools.jackson.databind.node.MissingNode.getInstance();
  }

  private static RunData.Scenario scenario(JsonNode m, Json mj, JsonNode truth, Json tj) {
    JsonNode s = Json.field(m, "scenario");
    String name = s.isObject() ? mj.text(s, "name", "$.scenario") : mj.text(m, "scenario", "$");
    String description = s.isObject() ? mj.text(s, "description", "$.scenario")
        : mj.text(m, "description", "$");
    if (name.isEmpty()) {
      name = tj.text(truth, "scenario", "$");
    }
    long start = truth.has("start") ? tj.time(truth, "start", "$") : 0;
    long end = truth.has("end") ? tj.time(truth, "end", "$") : start;
    return new RunData.Scenario(name, description, start, end == Long.MAX_VALUE ? start : end);
  }

  private static RunData.Reproduce reproduce(JsonNode m, Json mj) {
    JsonNode r = Json.field(m, "reproduce");
    JsonNode node = r.isObject() ? r : m;
    String path = r.isObject() ? "$.reproduce" : "$";
    List<Long> seeds = new ArrayList<>();
    for (JsonNode s : mj.list(node, "seeds", path)) {
      if (!s.isIntegralNumber()) {
        throw mj.error(path + ".seeds", "must be a list of integers");
      }
      seeds.add(s.asLong());
    }
    return new RunData.Reproduce(mj.text(node, "command", path), seeds,
        mj.text(node, "version", path));
  }

  private static List<DetectorRow> detectors(JsonNode m, Json j) {
    List<DetectorRow> out = new ArrayList<>();
    JsonNode dets = Json.field(m, "detectors");
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    if (dets.isArray()) {
      for (JsonNode d : dets) {
        String name = j.text(d, "detector", "$.detectors[" + entries.size() + "]");
        entries.add(Map.entry(name.isEmpty() ? j.text(d, "name", "$.detectors") : name, d));
      }
    } else if (dets.isObject()) {
      entries.addAll(dets.properties());
    }
    for (int i = 0; i < entries.size(); i++) {
      JsonNode d = entries.get(i).getValue();
      String p = dets.isArray() ? "$.detectors[" + i + "]" : "$.detectors." + entries.get(i).getKey();
      double alerts = j.number(d, "alerts", p);
      Estimate ttd = Json.field(d, "medianTtdSeconds").isMissingNode()
          ? j.estimate(d, "medianTtd", p) : j.estimate(d, "medianTtdSeconds", p);
      Estimate ap = Json.field(d, "prArea").isMissingNode()
          ? j.estimate(d, "averagePrecision", p) : j.estimate(d, "prArea", p);
      out.add(new DetectorRow(entries.get(i).getKey(), Double.isNaN(alerts) ? 0 : (long) alerts,
          j.estimate(d, "alertPrecision", p), j.estimate(d, "hostPrecision", p),
          j.estimate(d, "hostRecall", p), j.estimate(d, "hostF1", p), ttd,
          j.estimate(d, "falseAlarmsPer1000HostDays", p), j.estimate(d, "falseAlarmsPerDay", p),
          ap));
    }
    return out;
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

  private static List<AlertRow> alerts(Path file, long seed) {
    List<AlertRow> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    CsvTable t = CsvTable.read(file);
    boolean seeded = t.has("seed") && seed != Long.MIN_VALUE;
    for (CsvTable.Row r : t.rows()) {
      // The timeline charts one seed: the one truth.json describes.
      if (seeded && r.integer("seed") != seed) {
        continue;
      }
      double score = r.number("score");
      if (!(score >= 0 && score <= 1)) {
        throw r.error("score", "must be in [0,1]: " + r.text("score"));
      }
      out.add(new AlertRow(r.text("detector"), r.time("ts"), r.text("host"),
          r.text("peer", ""), score, r.text("technique", ""), r.text("evidence", ""),
          r.text("verdict", ""), r.text("lookalike", "")));
    }
    return out;
  }

  private static List<Ttd> ttd(Path file) {
    List<Ttd> out = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      for (CsvTable.Row r : CsvTable.read(file).rows()) {
        double s = r.number("ttd_seconds");
        if (s < 0) {
          throw r.error("ttd_seconds", "must be >= 0 or empty (undetected): " + s);
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
        out.add(new Coverage(r.text("detector"), r.text("stage"), steps, caught));
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
        if (Double.isNaN(p)) {
          continue; // no alert at this threshold: precision undefined, no operating point
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
        out.add(new SweepRow(r.text("parameter"), r.number("value"), r.text("detector"),
            new Estimate(r.number("recall"), r.optionalNumber("recall_low"),
                r.optionalNumber("recall_high")),
            new Estimate(r.number("median_ttd_seconds"),
                r.optionalNumber("median_ttd_seconds_low"),
                r.optionalNumber("median_ttd_seconds_high"))));
      }
    }
    return out;
  }

  private static List<FalseAlarms> falseAlarms(Path file) {
    List<FalseAlarms> out = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      for (CsvTable.Row r : CsvTable.read(file).rows()) {
        out.add(new FalseAlarms(r.text("detector"), r.text("lookalike"), r.integer("count")));
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
      out.add(new Incident(id.isEmpty() ? String.valueOf(i + 1) : id, j.time(n, "start", p),
          j.time(n, "end", p), j.strings(n, "hosts", p), j.strings(n, "detectors", p),
          (long) alerts, j.text(n, "summary", p)));
    }
    return out;
  }
}
