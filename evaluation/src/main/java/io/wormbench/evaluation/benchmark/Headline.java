package io.wormbench.evaluation.benchmark;

import io.wormbench.evaluation.report.Estimate;
import io.wormbench.evaluation.report.RunData.DetectorRow;
import io.wormbench.evaluation.report.html.Fmt;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The benchmark's headline table, the one figure the README and the index page lead with:
 * detector rows; for each attack scenario host recall / median time-to-detect, for each
 * attack-free scenario false alarms per 1,000 host-days (normalised by network size) and per
 * day (as the DARPA evaluations reported them). Formatting is the report's {@link Fmt} (Locale.ROOT, UTC, a dash
 * for undefined values), so the table is the same text on every machine.
 */
public final class Headline {
  private Headline() {}

  /** Detector names in order of first appearance over the scenarios. */
  public static List<String> detectors(List<ScenarioResult> results) {
    Set<String> names = new LinkedHashSet<>();
    results.forEach(s -> s.detectors().forEach(r -> names.add(r.detector())));
    return List.copyOf(names);
  }

  /** The column headers, the first being "Detector". */
  public static List<String> header(List<ScenarioResult> results) {
    List<String> h = new ArrayList<>();
    h.add("Detector");
    for (ScenarioResult s : results) {
      h.add(s.attackFree() ? s.name() + ": false alarms per 1,000 host-days / per day"
          : s.name() + ": recall / median TTD");
    }
    return h;
  }

  /** One row of cells per detector, in {@link #detectors} order. */
  public static List<List<String>> rows(List<ScenarioResult> results) {
    List<List<String>> rows = new ArrayList<>();
    for (String d : detectors(results)) {
      List<String> row = new ArrayList<>();
      row.add(d);
      for (ScenarioResult s : results) {
        row.add(cell(s, s.row(d)));
      }
      rows.add(row);
    }
    return rows;
  }

  private static String cell(ScenarioResult s, Optional<DetectorRow> row) {
    if (row.isEmpty()) {
      return "not run";
    }
    DetectorRow r = row.get();
    if (s.attackFree()) {
      return Fmt.rate(r.falseAlarmsPer1000HostDays().mean()) + " / "
          + Fmt.rate(r.falseAlarmsPerDay().mean());
    }
    Estimate ttd = r.medianTtdSeconds();
    return Fmt.share(r.hostRecall().mean()) + " / " + Fmt.duration(ttd.mean());
  }

  /** The distinct versions that wrote the runs, comma-joined ("unknown" when none says). */
  public static String version(List<ScenarioResult> results) {
    String v = results.stream().map(ScenarioResult::version).filter(s -> !s.isEmpty())
        .distinct().collect(Collectors.joining(", "));
    return v.isEmpty() ? "unknown" : v;
  }

  /** Every seed any scenario used, ascending. */
  public static List<Long> seeds(List<ScenarioResult> results) {
    TreeSet<Long> all = new TreeSet<>();
    results.forEach(s -> all.addAll(s.seeds()));
    return List.copyOf(all);
  }

  /** Seeds as text, {@code 1, 2, 3}. */
  public static String seedText(List<Long> seeds) {
    return seeds.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
