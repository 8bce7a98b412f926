package io.wormbench.evaluation.benchmark;

import io.wormbench.evaluation.report.html.Html;
import io.wormbench.evaluation.report.input.ReportInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The benchmark's fidelity table: per scenario folder, the verdict counts of its saved
 * fidelity.csv (the first seed's scorecard) and the highest single-field AUC among the judged
 * conn.log fields, read back from the files like the rest of the summary.
 *
 * @param scenario the folder name
 * @param run the measured run's label
 * @param pass statistics inside their range
 * @param fail statistics outside it
 * @param notMeasured judged statistics the run had nothing to measure on
 * @param worstField the judged conn.log field with the highest AUC, empty without attack
 * @param worstAuc its AUC, NaN without attack
 */
public record FidelityDigest(String scenario, String run, int pass, int fail, int notMeasured,
    String worstField, double worstAuc) {

  /** The digest of one run folder, if it holds a fidelity.csv. */
  public static Optional<FidelityDigest> read(Path folder) {
    Path csv = folder.resolve("fidelity.csv");
    if (!Files.isRegularFile(csv)) {
      return Optional.empty();
    }
    Map<String, List<String>> verdicts = new LinkedHashMap<>();
    String run = "";
    String worst = "";
    double auc = Double.NaN;
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
          .get().parse(r)) {
        String id = rec.get("statistic");
        verdicts.computeIfAbsent(id, k -> new ArrayList<>()).add(rec.get("verdict"));
        run = run.isEmpty() ? rec.get("run") : run;
        if (id.startsWith("artefact.auc.") && !rec.get("high").isEmpty()
            && !rec.get("value").isEmpty()) {
          double v = Double.parseDouble(rec.get("value"));
          if (Double.isNaN(auc) || v > auc) {
            auc = v;
            worst = id.substring("artefact.auc.".length());
          }
        }
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new ReportInputException(csv + ": not a fidelity scorecard: " + e.getMessage());
    }
    int pass = 0;
    int fail = 0;
    int na = 0;
    for (List<String> v : verdicts.values()) {
      if (v.contains("fail")) {
        fail++;
      } else if (v.contains("pass")) {
        pass++;
      } else if (v.contains("n/a")) {
        na++;
      }
    }
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return Optional.of(new FidelityDigest(name == null ? "" : name.toString(), run, pass, fail,
        na, worst, auc));
  }

  /** The digests of the folders that have one. */
  public static List<FidelityDigest> readAll(List<Path> folders) {
    List<FidelityDigest> out = new ArrayList<>();
    folders.forEach(f -> read(f).ifPresent(out::add));
    return out;
  }

  private static final String[] HEADER = {"scenario", "measured", "pass", "fail",
      "not measured", "highest single-field AUC"};

  private List<String> cells() {
    return List.of(scenario, run, Integer.toString(pass), Integer.toString(fail),
        Integer.toString(notMeasured), Double.isNaN(worstAuc) ? "\u2013"
            : String.format(Locale.ROOT, "%.3f (%s)", worstAuc, worstField));
  }

  private static final String NOTE = "Realism statistics of each scenario's first seed against "
      + "real-traffic reference ranges (`wormbench fidelity`, evaluation/FIDELITY.md); the "
      + "highest single-field AUC is over the judged conn.log fields (port and service exempt), "
      + "ceiling 0.90. Each scenario's report has the full scorecard.";

  /** The README section; empty without digests. */
  public static String markdown(List<FidelityDigest> digests) {
    if (digests.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("## Fidelity\n\n");
    b.append('|');
    for (String h : HEADER) {
      b.append(' ').append(h).append(" |");
    }
    b.append('\n').append('|').append(" --- |".repeat(HEADER.length)).append('\n');
    for (FidelityDigest d : digests) {
      b.append('|');
      for (String c : d.cells()) {
        b.append(' ').append(Readme.md(c)).append(" |");
      }
      b.append('\n');
    }
    return b.append('\n').append(NOTE).append("\n\n").toString();
  }

  /** The index page section; empty without digests. */
  public static String html(List<FidelityDigest> digests) {
    if (digests.isEmpty()) {
      return "";
    }
    Html h = new Html();
    h.el("h2", "Fidelity").raw("<table><thead>").row(true, HEADER).raw("</thead><tbody>\n");
    for (FidelityDigest d : digests) {
      h.row(false, d.cells().toArray(String[]::new));
    }
    h.raw("</tbody></table>\n<p class=\"note\">").text(NOTE.replace("`", "")).raw("</p>\n");
    return h.toString();
  }
}
