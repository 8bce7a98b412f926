package io.wormbench.evaluation.output;

import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.scoring.Metrics;
import io.wormbench.evaluation.scoring.RunSummary;
import io.wormbench.evaluation.stats.Summary;
import io.wormbench.traffic.time.Micros;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** metrics.json and metrics.csv, as SCHEMA.md describes them. */
public final class MetricsFiles {
  /** The schema id written in metrics.json. */
  public static final String SCHEMA = "wormbench-metrics/1";

  private MetricsFiles() {}

  /** metrics.json. */
  public static String json(RunOutcome run) {
    RunSummary s = run.summary();
    JsonWriter w = new JsonWriter().beginObject()
        .field("schema", SCHEMA)
        .field("scenario", run.scenario())
        .name("seeds").inline(s.seeds())
        .field("matchingWindowSeconds", run.matchingWindow() / (double) Micros.SECOND);
    w.name("detectors").beginArray();
    for (String d : s.detectors().keySet()) {
      w.value(d);
    }
    w.endArray();
    section(w, "primary", s, Metrics.PRIMARY);
    section(w, "secondary", s, Metrics.SECONDARY);
    return w.endObject().toString();
  }

  private static void section(JsonWriter w, String name, RunSummary s, List<String> metrics) {
    w.name(name).beginObject();
    for (Map.Entry<String, Map<String, Summary>> d : s.detectors().entrySet()) {
      w.name(d.getKey()).beginObject();
      for (String m : metrics) {
        Summary v = d.getValue().get(m);
        w.name(m).beginObject()
            .field("mean", v.mean())
            .field("ci95Low", v.ci95Low())
            .field("ci95High", v.ci95High())
            .field("n", v.n())
            .name("perSeed").inline(v.perSeed())
            .endObject();
      }
      w.endObject();
    }
    w.endObject();
  }

  /** metrics.csv. */
  public static String csv(RunOutcome run) {
    Csv csv = new Csv("detector", "role", "metric", "mean", "ci95Low", "ci95High", "n",
        "perSeed");
    for (Map.Entry<String, Map<String, Summary>> d : run.summary().detectors().entrySet()) {
      for (String m : RunSummary.allMetrics()) {
        Summary v = d.getValue().get(m);
        StringJoiner per = new StringJoiner(";");
        v.perSeed().forEach(x -> per.add(Num.format(x)));
        csv.row(d.getKey(), Metrics.isPrimary(m) ? "primary" : "secondary", m,
            Num.format(v.mean()), Num.format(v.ci95Low()), Num.format(v.ci95High()), v.n(),
            per.toString());
      }
    }
    return csv.toString();
  }
}
