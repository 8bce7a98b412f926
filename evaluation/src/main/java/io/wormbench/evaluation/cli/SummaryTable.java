package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.output.Num;
import io.wormbench.evaluation.scoring.Metric;
import io.wormbench.evaluation.scoring.RunSummary;
import io.wormbench.evaluation.stats.Summary;
import java.util.Locale;

/**
 * The console summary of a run: one row per detector with scored alerts, host-level
 * precision, recall and F1, and median time-to-detect, each a mean over seeds with its 95%
 * interval when there are several seeds. "-" marks an undefined value.
 */
final class SummaryTable {
  private SummaryTable() {}

  static String render(RunSummary s) {
    StringBuilder b = new StringBuilder();
    String fmt = "%-24s %9s %17s %17s %17s %21s%n";
    b.append(String.format(Locale.ROOT, fmt, "detector", "alerts", "precision", "recall", "F1",
        "median TTD (s)"));
    for (String d : s.detectors().keySet()) {
      b.append(String.format(Locale.ROOT, fmt, d, cell(s.get(d, Metric.ALERTS), false),
          cell(s.get(d, Metric.HOST_PRECISION), true), cell(s.get(d, Metric.HOST_RECALL), true),
          cell(s.get(d, Metric.HOST_F1), true), cell(s.get(d, Metric.MEDIAN_TTD), true)));
    }
    b.append(String.format(Locale.ROOT,
        "%d seed(s); host-level metrics, mean [95%% CI] over seeds; see SCORING.md%n",
        s.seeds().size()));
    return b.toString();
  }

  /**
   * The flow-level view (SCORING.md "Flow level") for detectors whose alerts name flows;
   * empty when none does.
   */
  static String renderFlow(RunSummary s) {
    StringBuilder b = new StringBuilder();
    String fmt = "%-24s %9s %17s %17s %17s%n";
    for (String d : s.detectors().keySet()) {
      if (Double.isNaN(s.get(d, Metric.FLOW_PRECISION).mean())
          && Double.isNaN(s.get(d, Metric.FLOW_RECALL).mean())) {
        continue;
      }
      if (b.length() == 0) {
        b.append(String.format(Locale.ROOT, fmt, "flow level", "alerts", "precision",
            "flow recall", "host recall"));
      }
      b.append(String.format(Locale.ROOT, fmt, d, cell(s.get(d, Metric.FLOW_ALERTS), false),
          cell(s.get(d, Metric.FLOW_PRECISION), true), cell(s.get(d, Metric.FLOW_RECALL), true),
          cell(s.get(d, Metric.FLOW_HOST_RECALL), true)));
    }
    return b.toString();
  }

  private static String cell(Summary v, boolean interval) {
    if (Double.isNaN(v.mean())) {
      return "-";
    }
    String m = v.mean() >= 100 || !interval && v.mean() == Math.rint(v.mean())
        ? String.format(Locale.ROOT, "%.0f", v.mean())
        : String.format(Locale.ROOT, "%.2f", v.mean());
    if (!interval || Double.isNaN(v.ci95Low())) {
      return m;
    }
    String pattern = v.mean() >= 100 ? "%.0f" : "%.2f";
    return m + " [" + String.format(Locale.ROOT, pattern, v.ci95Low()) + ","
        + String.format(Locale.ROOT, pattern, v.ci95High()) + "]";
  }

  static String number(double v) {
    return Num.format(v);
  }
}
