package io.wormbench.evaluation.fidelity;

import io.wormbench.evaluation.fidelity.FidelityReport.Row;
import io.wormbench.evaluation.fidelity.ReferenceRange.Verdict;
import io.wormbench.evaluation.fidelity.artefact.TreeCheck;
import io.wormbench.evaluation.output.Csv;
import io.wormbench.evaluation.output.JsonWriter;
import io.wormbench.evaluation.output.Num;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * fidelity.json and fidelity.csv (schema in evaluation/SCHEMA.md), and the atomic writes of
 * every scorecard file. Both hold nothing from the clock and format numbers with {@link Num},
 * so the same run gives the same bytes in any locale.
 */
public final class FidelityFiles {
  /** File names. */
  public static final String JSON = "fidelity.json";
  public static final String CSV = "fidelity.csv";

  private FidelityFiles() {}

  /** fidelity.csv: one line per statistic and run. */
  public static String csv(FidelityReport r) {
    Csv c = new Csv("statistic", "unit", "run", "value", "low", "high", "verdict", "source");
    for (Row row : r.rows()) {
      List<String> labels = row.id().equals(FidelityReport.TREE_ID)
          ? List.of(r.tree().orElseThrow().train() + " -> " + r.tree().orElseThrow().test())
          : r.runs().stream().map(FidelityRun::label).toList();
      for (int i = 0; i < row.values().size(); i++) {
        double v = row.values().get(i);
        c.row(row.id(), row.unit(), labels.get(i), Num.format(v), bound(row.range().low()),
            bound(row.range().high()), row.range().judge(v).text(), row.range().source());
      }
    }
    return c.toString();
  }

  /** fidelity.json: the runs, every row with its reference and values, the tree, a summary. */
  public static String json(FidelityReport r, String command) {
    JsonWriter j = new JsonWriter().beginObject();
    j.field("command", command).field("reference", r.reference().source());
    j.name("summary").beginObject();
    for (Verdict v : Verdict.values()) {
      j.field(v.text().equals("n/a") ? "notMeasured" : v.text(), r.count(v));
    }
    j.endObject();
    j.name("runs").beginArray();
    for (FidelityRun run : r.runs()) {
      j.beginObject().field("label", run.label()).field("roles", run.roles())
          .field("timeZone", run.zone()).field("events", run.events())
          .field("connections", run.connections()).field("days", run.days());
      run.artefacts().ifPresent(a -> j.name("artefactSample").beginObject()
          .field("attackConnections", a.attackSeen()).field("benignConnections", a.benignSeen())
          .field("attackSampled", a.attackSampled()).field("benignSampled", a.benignSampled())
          .endObject());
      j.endObject();
    }
    j.endArray();
    j.name("statistics").beginArray();
    for (Row row : r.rows()) {
      j.beginObject().field("id", row.id()).field("unit", row.unit()).field("what", row.what());
      j.name("reference").beginObject();
      if (row.range().low() != Double.NEGATIVE_INFINITY) {
        j.field("low", row.range().low());
      }
      if (row.range().high() != Double.POSITIVE_INFINITY) {
        j.field("high", row.range().high());
      }
      j.field("source", row.range().source()).field("figure", row.range().figure())
          .field("caveat", row.range().caveat()).endObject();
      j.name("values").inline(row.values());
      j.field("verdict", row.verdict().text());
      j.endObject();
    }
    j.endArray();
    r.tree().ifPresent(t -> tree(j, t));
    return j.endObject().toString();
  }

  private static void tree(JsonWriter j, TreeCheck t) {
    j.name("tree").beginObject().field("train", t.train()).field("test", t.test())
        .field("trainRows", t.trainRows()).field("testRows", t.testRows())
        .field("auc", t.auc());
    j.name("features").beginArray();
    t.features().forEach(j::value);
    j.endArray().name("splits").beginArray();
    t.splits().forEach(j::value);
    j.endArray().endObject();
  }

  private static String bound(double b) {
    return Double.isInfinite(b) ? "" : Num.format(b);
  }

  /** Writes {@code bytes} to {@code file} through a temporary sibling and an atomic move. */
  public static void writeAtomically(Path file, byte[] bytes) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
      try {
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes fidelity.json, fidelity.csv and the charts drawn from the CSV into {@code dir}. */
  public static List<Path> write(FidelityReport r, Path dir, String command) {
    List<Path> out = new ArrayList<>();
    String csv = csv(r);
    writeAtomically(dir.resolve(JSON), json(r, command).getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    out.add(dir.resolve(JSON));
    writeAtomically(dir.resolve(CSV), csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    out.add(dir.resolve(CSV));
    for (FidelityChart.Drawn d : FidelityChart.draw(csv)) {
      writeAtomically(dir.resolve(d.file()), d.png());
      out.add(dir.resolve(d.file()));
    }
    return out;
  }
}
