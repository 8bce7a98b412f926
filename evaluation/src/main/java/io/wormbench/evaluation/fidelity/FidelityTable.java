package io.wormbench.evaluation.fidelity;

import io.wormbench.evaluation.fidelity.FidelityReport.Row;
import io.wormbench.evaluation.fidelity.ReferenceRange.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pass/fail table {@code wormbench fidelity} prints: one line per statistic with its value
 * in each run, the reference range, the verdict and the source, then a one-line summary.
 * Plain fixed-width text, locale-free numbers.
 */
public final class FidelityTable {
  private FidelityTable() {}

  /** The table text. */
  public static String render(FidelityReport r) {
    List<String> runs = r.runs().stream().map(FidelityRun::label).toList();
    List<String[]> lines = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("verdict", "statistic"));
    header.addAll(runs.size() == 1 ? List.of("value") : runs);
    header.addAll(List.of("range", "unit", "source"));
    lines.add(header.toArray(String[]::new));
    for (Row row : r.rows()) {
      List<String> cells = new ArrayList<>(List.of(row.verdict().text().toUpperCase(Locale.ROOT),
          row.id()));
      int n = row.id().equals(FidelityReport.TREE_ID) ? 1 : runs.size();
      for (int i = 0; i < runs.size(); i++) {
        cells.add(i < n && i < row.values().size() ? number(row.values().get(i)) : "");
      }
      cells.addAll(List.of(row.range().text(), row.unit(), row.range().source()));
      lines.add(cells.toArray(String[]::new));
    }
    int[] width = new int[header.size()];
    for (String[] l : lines) {
      for (int i = 0; i < l.length; i++) {
        width[i] = Math.max(width[i], l[i].length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String[] l : lines) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < l.length; i++) {
        line.append(i == l.length - 1 ? l[i] : pad(l[i], width[i] + 2));
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    b.append(String.format(Locale.ROOT, "%d pass, %d fail, %d not measured, %d for information"
        + " (reference: %s)%n", r.count(Verdict.PASS), r.count(Verdict.FAIL),
        r.count(Verdict.NOT_MEASURED), r.count(Verdict.INFO), r.reference().source()));
    r.tree().ifPresent(t -> {
      b.append("tree (").append(t.train()).append(" -> ").append(t.test()).append("):\n");
      t.splits().forEach(s -> b.append("  ").append(s).append('\n'));
    });
    return b.toString();
  }

  /** A value for the table: 4 significant decimals below 1, grouped thousands above 1,000. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    double a = Math.abs(v);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (a < 1e-4 && a > 0) {
      return String.format(Locale.ROOT, "%.1e", v);
    }
    if (a >= 1 || a == 0) {
      return io.wormbench.evaluation.output.Num.format(Math.round(v * 100) / 100.0);
    }
    return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1")
        .replaceAll("\\.$", "");
  }

  private static String pad(String s, int w) {
    return s.length() >= w ? s : s + " ".repeat(w - s.length());
  }
}
