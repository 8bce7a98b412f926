package io.wormbench.evaluation.benchmark;

import io.wormbench.evaluation.output.Csv;
import io.wormbench.evaluation.output.JsonWriter;
import io.wormbench.evaluation.report.Estimate;
import io.wormbench.evaluation.report.RunData.DetectorRow;
import java.util.List;
import java.util.function.Function;

/**
 * The catalogue summary as data files: {@code summary.csv} (one row per scenario, detector and
 * metric) and {@code summary.json} (schema {@code wormbench-benchmark/1}). Numbers go through
 * the run files' own {@code Num} formatting (Locale.ROOT, at most six decimals, undefined as an
 * empty cell / {@code null}), and nothing depends on the clock, so the same run folders give
 * the same bytes.
 */
public final class SummaryFiles {
  /** The metrics summarised, in file order, with how to read each from a detector row. */
  static final List<Metric> METRICS = List.of(
      new Metric(io.wormbench.evaluation.scoring.Metric.HOST_RECALL, DetectorRow::hostRecall),
      new Metric(io.wormbench.evaluation.scoring.Metric.HOST_PRECISION, DetectorRow::hostPrecision),
      new Metric(io.wormbench.evaluation.scoring.Metric.ALERT_PRECISION, DetectorRow::alertPrecision),
      new Metric(io.wormbench.evaluation.scoring.Metric.MEDIAN_TTD, DetectorRow::medianTtdSeconds),
      new Metric(io.wormbench.evaluation.scoring.Metric.FALSE_ALARMS_PER_1000_HOST_DAYS, DetectorRow::falseAlarmsPer1000HostDays),
      new Metric(io.wormbench.evaluation.scoring.Metric.FALSE_ALARMS_PER_DAY, DetectorRow::falseAlarmsPerDay));

  record Metric(io.wormbench.evaluation.scoring.Metric metric,
      Function<DetectorRow, Estimate> get) {
    String name() {
      return metric.name();
    }
  }

  private SummaryFiles() {}

  /** summary.csv. */
  public static String csv(List<ScenarioResult> results) {
    Csv csv = new Csv("scenario", "attackFree", "detector", "metric", "mean", "ci95Low",
        "ci95High", "seeds");
    for (ScenarioResult s : results) {
      for (DetectorRow r : s.detectors()) {
        for (Metric m : METRICS) {
          Estimate e = m.get().apply(r);
          csv.row(s.name(), Boolean.toString(s.attackFree()), r.detector(), m.name(),
              num(e.mean()), num(e.low()), num(e.high()), Integer.toString(s.seeds().size()));
        }
      }
    }
    return csv.toString();
  }

  /** summary.json. */
  public static String json(List<ScenarioResult> results, String command) {
    JsonWriter w = new JsonWriter().beginObject()
        .field("schema", "wormbench-benchmark/1")
        .field("command", command)
        .field("version", Headline.version(results));
    w.name("scenarios").beginArray();
    for (ScenarioResult s : results) {
      w.beginObject().field("name", s.name()).field("folder", s.folder())
          .field("description", s.description())
          .name("attackFree").value(s.attackFree())
          .name("seeds").inline(s.seeds());
      w.name("detectors").beginObject();
      for (DetectorRow r : s.detectors()) {
        w.name(r.detector()).beginObject();
        for (Metric m : METRICS) {
          Estimate e = m.get().apply(r);
          w.name(m.name()).beginObject().field("mean", e.mean()).field("ci95Low", e.low())
              .field("ci95High", e.high()).endObject();
        }
        w.endObject();
      }
      w.endObject().endObject();
    }
    return w.endArray().endObject().toString();
  }

  private static String num(double v) {
    return io.wormbench.evaluation.output.Num.format(v);
  }
}
