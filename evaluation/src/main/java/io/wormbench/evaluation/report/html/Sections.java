package io.wormbench.evaluation.report.html;

import io.wormbench.evaluation.report.Estimate;
import io.wormbench.evaluation.report.RunData;
import io.wormbench.evaluation.report.RunData.AlertRow;
import io.wormbench.evaluation.report.RunData.Coverage;
import io.wormbench.evaluation.report.RunData.DetectorRow;
import io.wormbench.evaluation.report.RunData.FalseAlarms;
import io.wormbench.evaluation.report.RunData.Ttd;
import io.wormbench.evaluation.report.chart.HeatScale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleFunction;

/**
 * The data-heavy sections of index.html: one table per detector, the stage-coverage heat table,
 * false alarms by look-alike kind, the explicit list of misses, and the alerts of the charted
 * seed with their evidence (escaped: it comes from traffic).
 */
final class Sections {
  /** The pseudo-detector pooling every detector's alerts (SCHEMA.md). */
  static final String POOLED = "all-detectors";

  private Sections() {}

  static void detectors(Html h, RunData d) {
    h.raw("<section id=\"detectors\">").el("h2", "Detectors");
    if (d.detectors().isEmpty()) {
      h.el("p", "metrics.json reports no detector.");
    }
    h.raw("<div class=\"cards\">");
    for (DetectorRow r : d.detectors()) {
      List<Ttd> ttd = d.ttd().stream().filter(t -> t.detector().equals(r.detector())).toList();
      long caught = ttd.stream().filter(Ttd::detected).count();
      h.raw("<table class=\"detector\" id=\"detector-").text(slug(r.detector())).raw("\">")
          .raw("<caption>").text(r.detector()).raw("</caption><thead>")
          .row(true, "metric", "mean", "95% CI").raw("</thead><tbody>\n");
      h.row(false, "alerts", Fmt.count(r.alerts()), "");
      metric(h, "alert precision", r.alertPrecision(), Fmt::share);
      metric(h, "host precision", r.hostPrecision(), Fmt::share);
      metric(h, "host recall", r.hostRecall(), Fmt::share);
      metric(h, "host F1", r.hostF1(), Fmt::share);
      metric(h, "median time to detect", r.medianTtdSeconds(), Fmt::duration);
      metric(h, "false alarms / 1,000 host-days", r.falseAlarmsPer1000HostDays(), Fmt::rate);
      metric(h, "false alarms / day", r.falseAlarmsPerDay(), Fmt::rate);
      if (r.prArea().defined()) {
        metric(h, "PR average precision", r.prArea(), Fmt::share);
      }
      if (!ttd.isEmpty()) {
        h.row(false, "infected hosts detected (all seeds)", caught + " of " + ttd.size(), "");
      }
      h.raw("</tbody></table>\n");
    }
    h.raw("</div>");
    h.el("p class=\"note\"", "Means over seeds with 95% confidence intervals. Median time to "
        + "detect is over detected hosts only; undetected hosts are counted apart (see Misses). "
        + Fmt.NONE + " means undefined (e.g. precision without alerts) or a single seed.");
    h.raw("</section>\n");
  }

  private static void metric(Html h, String name, Estimate e, DoubleFunction<String> f) {
    h.row(false, name, e.defined() ? f.apply(e.mean()) : Fmt.NONE, Fmt.interval(e, f));
  }

  static void coverage(Html h, RunData d) {
    h.raw("<section id=\"coverage\">").el("h2", "ATT&CK stage coverage");
    if (d.coverage().isEmpty()) {
      h.el("p", "No stage coverage data (stage-coverage.csv is absent or empty).")
          .raw("</section>\n");
      return;
    }
    Set<String> stages = new LinkedHashSet<>();
    Set<String> dets = new LinkedHashSet<>();
    Map<String, Coverage> cells = new LinkedHashMap<>();
    for (Coverage c : d.coverage()) {
      stages.add(c.stage());
      dets.add(c.detector());
      cells.put(c.detector() + "\u0000" + c.stage(), c);
    }
    h.raw("<table class=\"heat\"><thead><tr><th scope=\"col\">detector</th>");
    stages.forEach(s -> h.raw("<th scope=\"col\">").text(label(s)).raw("</th>"));
    h.raw("</tr></thead><tbody>\n");
    for (String det : dets) {
      h.raw("<tr><th scope=\"row\">").text(det).raw("</th>");
      for (String s : stages) {
        Coverage c = cells.get(det + "\u0000" + s);
        double share = c == null ? Double.NaN : c.share();
        java.awt.Color bg = HeatScale.color(share);
        h.raw("<td style=\"background:" + HeatScale.hex(bg) + ";color:"
            + HeatScale.hex(HeatScale.textOn(bg)) + "\">")
            .text(c == null || c.steps() == 0 ? Fmt.NONE
                : c.caught() + "/" + c.steps() + " (" + Math.round(share * 100) + "%)")
            .raw("</td>");
      }
      h.raw("</tr>\n");
    }
    h.raw("</tbody></table>");
    h.el("p class=\"note\"", "Steps caught within the matching window / steps of that stage, "
        + "all seeds.").raw("</section>\n");
  }

  static void falseAlarms(Html h, RunData d) {
    h.raw("<section id=\"false-alarms\">").el("h2", "False alarms by look-alike kind");
    if (d.falseAlarms().isEmpty()) {
      h.el("p", "No false alarm recorded (false-alarms.csv is absent or empty).")
          .raw("</section>\n");
      return;
    }
    Map<String, Map<String, Long>> byKind = new TreeMap<>();
    Set<String> dets = new LinkedHashSet<>();
    for (FalseAlarms f : d.falseAlarms()) {
      String kind = f.kind().isEmpty() ? "unattributed" : f.kind();
      dets.add(f.detector());
      byKind.computeIfAbsent(kind, k -> new TreeMap<>()).merge(f.detector(), f.count(), Long::sum);
    }
    List<String> header = new ArrayList<>(List.of("look-alike kind"));
    header.addAll(dets);
    header.add(dets.contains(POOLED) ? "total (= " + POOLED + ")" : "total");
    h.raw("<table><thead>").row(true, header.toArray(String[]::new)).raw("</thead><tbody>\n");
    for (Map.Entry<String, Map<String, Long>> e : byKind.entrySet()) {
      List<String> cells = new ArrayList<>(List.of(e.getKey()));
      dets.forEach(det -> cells.add(Fmt.count(e.getValue().getOrDefault(det, 0L))));
      // The pooled all-detectors column already sums the others; count each alarm once.
      cells.add(Fmt.count(e.getValue().containsKey(POOLED) ? e.getValue().get(POOLED)
          : e.getValue().values().stream().mapToLong(Long::longValue).sum()));
      h.row(false, cells.toArray(String[]::new));
    }
    h.raw("</tbody></table></section>\n");
  }

  static void misses(Html h, RunData d) {
    h.raw("<section id=\"misses\">").el("h2", "Misses");
    Map<String, List<Ttd>> byHost = new TreeMap<>();
    d.ttd().forEach(t -> byHost.computeIfAbsent(t.seed() + "\u0000" + t.host(),
        k -> new ArrayList<>()).add(t));
    List<String[]> missedByAll = new ArrayList<>();
    byHost.forEach((k, rows) -> {
      if (rows.stream().noneMatch(Ttd::detected)) {
        missedByAll.add(new String[] {hostLabel(d, rows.get(0).host()),
            String.valueOf(rows.get(0).seed())});
      }
    });
    h.el("h3", "Infected hosts no detector caught");
    if (d.ttd().isEmpty()) {
      h.el("p", "No time-to-detect data (ttd.csv is absent or empty).");
    } else if (missedByAll.isEmpty()) {
      h.el("p", "None: every infected host was detected by at least one detector.");
    } else {
      h.raw("<table><thead>").row(true, "host", "seed").raw("</thead><tbody>");
      missedByAll.forEach(m -> h.row(false, m));
      h.raw("</tbody></table>");
    }
    h.el("h3", "Undetected hosts per detector");
    List<Ttd> undetected = d.ttd().stream().filter(t -> !t.detected())
        .sorted(Comparator.comparing(Ttd::detector).thenComparingLong(Ttd::seed)
            .thenComparing(Ttd::host)).toList();
    if (undetected.isEmpty()) {
      h.el("p", d.ttd().isEmpty() ? "No data." : "None.");
    } else {
      h.raw("<table><thead>").row(true, "detector", "seed", "host").raw("</thead><tbody>");
      undetected.forEach(t -> h.row(false, t.detector(), String.valueOf(t.seed()),
          hostLabel(d, t.host())));
      h.raw("</tbody></table>");
    }
    h.el("h3", "Attack steps no detector caught");
    // The pooled pseudo-detector is the union of all detectors; without it, take the best one.
    Map<String, Coverage> best = new LinkedHashMap<>();
    for (Coverage c : d.coverage()) {
      Coverage b = best.get(c.stage());
      boolean pooled = c.detector().equals(POOLED);
      if (b == null || (!b.detector().equals(POOLED)
          && (pooled || c.caught() > b.caught()))) {
        best.put(c.stage(), c);
      }
    }
    List<Coverage> missed = best.values().stream().filter(c -> c.caught() < c.steps()).toList();
    if (d.coverage().isEmpty()) {
      h.el("p", "No stage coverage data.");
    } else if (missed.isEmpty()) {
      h.el("p", "None: every attack step was caught by some detector within the window.");
    } else {
      h.raw("<table><thead>").row(true, "stage", "steps", "caught by any detector", "missed")
          .raw("</thead><tbody>");
      missed.forEach(c -> h.row(false, label(c.stage()), Fmt.count(c.steps()),
          Fmt.count(c.caught()), Fmt.count(c.steps() - c.caught())));
      h.raw("</tbody></table>");
      List<String> none = missed.stream().filter(c -> c.caught() == 0)
          .map(c -> label(c.stage())).toList();
      if (!none.isEmpty()) {
        h.raw("<p class=\"warn\">").text("Stages no detector caught at all: "
            + String.join(", ", none) + ".").raw("</p>");
      }
    }
    h.raw("</section>\n");
  }

  static void alerts(Html h, RunData d, int max) {
    h.raw("<section id=\"alerts\">").el("h2", "Alerts of the charted seed");
    if (d.alerts().isEmpty()) {
      h.el("p", "No alert (alerts.csv is absent or empty).").raw("</section>\n");
      return;
    }
    // True positives first: in a noisy run the first alerts by time are all false alarms.
    Map<String, List<AlertRow>> byVerdict = new TreeMap<>(Comparator.comparingInt(
        (String v) -> List.of("TP", "FP", "LEARNING").indexOf(v) < 0 ? 3
            : List.of("TP", "FP", "LEARNING").indexOf(v)).thenComparing(v -> v));
    d.alerts().forEach(a -> byVerdict.computeIfAbsent(a.verdict(), k -> new ArrayList<>()).add(a));
    for (Map.Entry<String, List<AlertRow>> e : byVerdict.entrySet()) {
      List<AlertRow> sorted = e.getValue().stream().sorted(Comparator.comparingLong(AlertRow::ts)
          .thenComparing(AlertRow::detector).thenComparing(AlertRow::host)).toList();
      String name = switch (e.getKey()) {
        case "TP" -> "True positives";
        case "FP" -> "False positives";
        case "LEARNING" -> "Raised during the learning period (not scored)";
        default -> "Alerts without a verdict";
      };
      h.el("h3", name + " (" + Fmt.count(sorted.size()) + ")");
      h.raw("<table class=\"alerts\"><thead>").row(true, "time", "detector", "host", "peer",
          "score", "technique", "attribution", "evidence").raw("</thead><tbody>\n");
      for (AlertRow a : sorted.subList(0, Math.min(max, sorted.size()))) {
        h.row(false, Fmt.time(a.ts()), a.detector(), a.host(), a.peer(), Fmt.share(a.score()),
            a.technique(), a.attribution(), a.evidence());
      }
      h.raw("</tbody></table>");
      if (sorted.size() > max) {
        h.el("p class=\"note\"", Fmt.count(sorted.size() - max) + " more are in alerts.csv.");
      }
    }
    h.raw("</section>\n");
  }

  /** "ws-03 10.0.1.13" when truth.json names the host, else the address. */
  static String hostLabel(RunData d, String address) {
    return d.hosts().stream().filter(x -> x.address().equals(address) && !x.name().isEmpty())
        .map(x -> x.name() + " " + address).findFirst().orElse(address);
  }

  static String label(String stage) {
    return stage.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  static void sweep(Html h, RunData d) {
    if (d.sweep().isEmpty()) {
      return;
    }
    h.raw("<section id=\"sweep\">").el("h2", "Sweep");
    h.raw("<table><thead>").row(true, "parameter", "value", "detector", "host recall",
        "95% CI", "median time to detect", "95% CI").raw("</thead><tbody>\n");
    for (RunData.SweepRow r : d.sweep()) {
      h.row(false, r.parameter(), r.valueText(), r.detector(), Fmt.share(r.recall().mean()),
          Fmt.interval(r.recall(), Fmt::share), Fmt.duration(r.medianTtdSeconds().mean()),
          Fmt.interval(r.medianTtdSeconds(), Fmt::duration));
    }
    h.raw("</tbody></table></section>\n");
  }
}
