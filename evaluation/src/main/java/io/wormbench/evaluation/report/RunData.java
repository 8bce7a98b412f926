package io.wormbench.evaluation.report;

import java.util.List;

/**
 * Everything a report shows, as read back from the files of one run folder (never from live
 * run objects, so {@code wormbench report <run-dir>} re-renders exactly what a run saved; the
 * Caffeine simulator's CombinedCsvReport -> PlotCsv split). Times are microseconds since the
 * epoch, durations seconds, addresses dotted IPv4 text. Absent optional files give empty lists.
 */
public record RunData(Scenario scenario, Reproduce reproduce, List<Host> hosts,
    List<DetectorRow> detectors, List<Ttd> ttd, List<Timeline> timelines, List<Step> steps,
    List<AlertRow> alerts, List<Coverage> coverage, List<PrRow> prCurve, List<SweepRow> sweep,
    List<FalseAlarms> falseAlarms, List<Incident> incidents) {
  public RunData {
    hosts = List.copyOf(hosts);
    detectors = List.copyOf(detectors);
    ttd = List.copyOf(ttd);
    timelines = List.copyOf(timelines);
    steps = List.copyOf(steps);
    alerts = List.copyOf(alerts);
    coverage = List.copyOf(coverage);
    prCurve = List.copyOf(prCurve);
    sweep = List.copyOf(sweep);
    falseAlarms = List.copyOf(falseAlarms);
    incidents = List.copyOf(incidents);
  }

  /** Scenario name and description from the scenario file. */
  public record Scenario(String name, String description, long start, long end) {}

  /** How to run this again: the command line, the seeds and the Wormbench version. */
  public record Reproduce(String command, List<Long> seeds, String version) {
    public Reproduce {
      seeds = List.copyOf(seeds);
    }
  }

  /** One host of the simulated network. */
  public record Host(String address, String name, String role, String subnet) {}

  /** One detector's headline metrics over all seeds. */
  public record DetectorRow(String detector, long alerts, Estimate alertPrecision,
      Estimate hostPrecision, Estimate hostRecall, Estimate hostF1, Estimate medianTtdSeconds,
      Estimate falseAlarmsPer1000HostDays, Estimate falseAlarmsPerDay, Estimate prArea) {}

  /** Time-to-detect of one infected host by one detector; NaN seconds when undetected. */
  public record Ttd(String detector, long seed, String host, double seconds) {
    /** True when the detector caught this host. */
    public boolean detected() {
      return !Double.isNaN(seconds);
    }
  }

  /** Compromise timeline of one host in the charted seed; Long.MAX_VALUE = never. */
  public record Timeline(String host, long infectedAt, long firstMaliciousAt, long quarantinedAt) {}

  /** One attack step of the charted seed. */
  public record Step(int id, String stage, String technique, String source, String target,
      long start, long end) {}

  /**
   * One alert of the charted seed, with the scorer's verdict (TP, FP, LEARNING) and attribution
   * ({@code step:12}, {@code lookalike:password-typo}...), empty when not known.
   */
  public record AlertRow(String detector, long ts, String host, String peer, double score,
      String technique, String evidence, String verdict, String attribution) {}

  /**
   * Detector x ATT&CK stage coverage: steps of the stage and how many were caught in time
   * (summed over seeds), and the share caught (mean of per-seed shares; NaN without steps).
   */
  public record Coverage(String detector, String stage, long steps, long caught, double share) {}

  /** One operating point of a detector's score-threshold sweep. */
  public record PrRow(String detector, double threshold, double precision, double recall) {}

  /**
   * One point of a parameter sweep: detector recall and median TTD at a parameter value.
   * {@code value} is NaN when {@code valueText} is not one number (a multi-parameter grid point
   * such as "5,0.3"); charts then place points by grid order.
   */
  public record SweepRow(String parameter, String valueText, double value, String detector,
      Estimate recall, Estimate medianTtdSeconds) {}

  /** False alarms of one detector attributed to one kind of benign look-alike. */
  public record FalseAlarms(String detector, String kind, long count) {}

  /** One correlated incident. */
  public record Incident(String id, long start, long end, List<String> hosts,
      List<String> detectors, long alerts, String summary) {
    public Incident {
      hosts = List.copyOf(hosts);
      detectors = List.copyOf(detectors);
    }
  }
}
