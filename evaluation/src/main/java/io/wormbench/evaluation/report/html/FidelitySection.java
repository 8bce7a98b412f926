package io.wormbench.evaluation.report.html;

import io.wormbench.evaluation.report.input.ReportInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The run report's fidelity section, present when {@code wormbench fidelity} wrote its
 * scorecard into the run folder (evaluation/FIDELITY.md): the verdict counts, the chart, and one
 * row per statistic with its value in each measured run, the reference range and its source.
 * Read from the saved fidelity.csv, like every other part of the report.
 */
public final class FidelitySection {
  /** The scorecard files a run folder may hold. */
  public static final List<String> FILES = List.of("fidelity.json", "fidelity.csv",
      "fidelity.png", "fidelity-auc.png");

  private FidelitySection() {}

  /** The section's HTML, or the empty string when the folder holds no fidelity.csv. */
  public static String html(Path runDir) {
    Path csv = runDir.resolve("fidelity.csv");
    if (!Files.isRegularFile(csv)) {
      return "";
    }
    List<CSVRecord> records;
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)
          .getRecords();
      for (CSVRecord rec : records) {
        rec.get("statistic");
        rec.get("verdict");
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new ReportInputException("fidelity.csv: not a fidelity scorecard: "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
    List<String> runs = new ArrayList<>();
    Map<String, List<CSVRecord>> byStat = new LinkedHashMap<>();
    Map<String, Integer> verdicts = new LinkedHashMap<>();
    for (CSVRecord rec : records) {
      byStat.computeIfAbsent(rec.get("statistic"), k -> new ArrayList<>()).add(rec);
      if (!rec.get("statistic").equals("artefact.tree_auc") && !runs.contains(rec.get("run"))) {
        runs.add(rec.get("run"));
      }
    }
    Html h = new Html();
    h.raw("<section id=\"fidelity\">").el("h2", "Fidelity");
    for (List<CSVRecord> rows : byStat.values()) {
      verdicts.merge(overall(rows), 1, Integer::sum);
    }
    h.el("p", "Realism statistics of " + String.join(", ", runs) + " against real-traffic "
        + "reference ranges (wormbench fidelity; evaluation/FIDELITY.md): "
        + verdicts.getOrDefault("pass", 0) + " pass, " + verdicts.getOrDefault("fail", 0)
        + " fail, " + verdicts.getOrDefault("n/a", 0) + " not measured, "
        + verdicts.getOrDefault("info", 0) + " for information.");
    for (String png : List.of("fidelity.png", "fidelity-auc.png")) {
      Path p = runDir.resolve(png);
      if (Files.isRegularFile(p)) {
        try {
          h.raw("<figure><img alt=\"").text(png).raw("\" src=\"data:image/png;base64,")
              .raw(Base64.getEncoder().encodeToString(Files.readAllBytes(p)))
              .raw("\"></figure>\n");
        } catch (IOException e) {
          throw new ReportInputException(png + ": cannot read: " + e.getMessage());
        }
      }
    }
    List<String> header = new ArrayList<>(List.of("statistic", "verdict"));
    header.addAll(runs);
    header.addAll(List.of("range", "unit", "source"));
    h.raw("<table><thead>").row(true, header.toArray(String[]::new)).raw("</thead><tbody>\n");
    for (Map.Entry<String, List<CSVRecord>> e : byStat.entrySet()) {
      List<CSVRecord> rows = e.getValue();
      CSVRecord first = rows.get(0);
      List<String> cells = new ArrayList<>(List.of(e.getKey(), overall(rows)));
      for (String run : runs) {
        String v = rows.size() == 1 && e.getKey().equals("artefact.tree_auc")
            ? (run.equals(runs.get(0)) ? first.get("value") : "")
            : rows.stream().filter(x -> x.get("run").equals(run)).map(x -> x.get("value"))
                .findFirst().orElse("");
        cells.add(v.isEmpty() ? Fmt.NONE : v);
      }
      cells.add(range(first.get("low"), first.get("high")));
      cells.add(first.get("unit"));
      cells.add(first.get("source"));
      h.row(false, cells.toArray(String[]::new));
    }
    h.raw("</tbody></table></section>\n");
    return h.toString();
  }

  private static String overall(List<CSVRecord> rows) {
    List<String> v = rows.stream().map(r -> r.get("verdict")).toList();
    return v.contains("fail") ? "fail" : v.contains("pass") ? "pass"
        : v.contains("n/a") ? "n/a" : "info";
  }

  private static String range(String low, String high) {
    if (low.isEmpty() && high.isEmpty()) {
      return "";
    }
    return low.isEmpty() ? "<= " + high : high.isEmpty() ? ">= " + low : low + "-" + high;
  }
}
