package io.wormbench.evaluation.report.input;

import io.wormbench.evaluation.report.RunData.AlertRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The alerts of the charted seed: alerts.csv (the codec's AlertCsv format: ts in microseconds,
 * detector, host, peer, score, technique, evidence) joined with the scorer's verdict from
 * scored-alerts.csv (seed, detector, time, host, ..., verdict, attribution), whose rows for
 * that seed come in the same emission order. When the two files disagree on a row the verdict
 * is left blank rather than guessed.
 */
final class AlertFiles {
  private AlertFiles() {}

  static List<AlertRow> read(Path alertsFile, Path scoredFile, long seed) {
    List<AlertRow> out = new ArrayList<>();
    if (!Files.isRegularFile(alertsFile)) {
      return out;
    }
    List<CsvTable.Row> scored = new ArrayList<>();
    if (Files.isRegularFile(scoredFile) && seed != Long.MIN_VALUE) {
      for (CsvTable.Row r : CsvTable.read(scoredFile).rows()) {
        if (r.integer("seed") == seed) {
          scored.add(r);
        }
      }
    }
    List<CsvTable.Row> rows = CsvTable.read(alertsFile).rows();
    for (int i = 0; i < rows.size(); i++) {
      CsvTable.Row r = rows.get(i);
      double score = r.number("score");
      if (!(score >= 0 && score <= 1)) {
        throw r.error("score", "must be in [0,1]: " + r.text("score"));
      }
      long ts = r.time("ts");
      String verdict = "";
      String attribution = "";
      if (scored.size() == rows.size()) {
        CsvTable.Row s = scored.get(i);
        if (s.text("detector").equals(r.text("detector")) && s.text("host").equals(r.text("host"))
            && s.time("time") == ts) {
          verdict = s.text("verdict");
          attribution = s.text("attribution");
        }
      }
      out.add(new AlertRow(r.text("detector"), ts, r.text("host"), r.text("peer", ""), score,
          r.text("technique", ""), r.text("evidence", ""), verdict, attribution));
    }
    return out;
  }
}
