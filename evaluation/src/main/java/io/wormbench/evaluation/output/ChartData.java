package io.wormbench.evaluation.output;

import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.replay.RunResult;
import io.wormbench.evaluation.scoring.DetectorSeedScore;
import io.wormbench.evaluation.scoring.HostCounts;
import io.wormbench.evaluation.scoring.HostTtd;
import io.wormbench.evaluation.scoring.Metrics;
import io.wormbench.evaluation.scoring.ScoredAlert;
import io.wormbench.evaluation.scoring.FlowVerdict;
import io.wormbench.evaluation.scoring.ThresholdPoint;
import io.wormbench.evaluation.scoring.SeedScore;
import io.wormbench.evaluation.scoring.ThresholdSweep;
import io.wormbench.evaluation.stats.Summary;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.HostInfo;
import io.wormbench.traffic.truth.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The per-chart CSV files of a run folder (SCHEMA.md): scored alerts, time-to-detect, stage
 * coverage, the pooled precision-recall/ROC sweep, false alarms by look-alike and the first
 * seed's timeline. The report draws its charts from these files only.
 */
public final class ChartData {
  private ChartData() {}

  /** scored-alerts.csv. */
  public static String scoredAlerts(RunOutcome run) {
    Csv csv = new Csv("seed", "detector", "time", "host", "peer", "score", "technique", "stage",
        "verdict", "attribution", "flowVerdict", "flowUid");
    for (SeedScore s : run.scores()) {
      for (ScoredAlert a : s.detectors().get(Metrics.ALL_DETECTORS).alerts()) {
        Alert al = a.alert();
        csv.row(s.seed(), al.detector(), Micros.iso(al.ts()), Ipv4.format(al.host()),
            al.peer() == Ipv4.NONE ? "" : Ipv4.format(al.peer()), Num.format(al.score()),
            al.technique(), Stage.ofTechnique(al.technique()).map(Enum::name).orElse(""),
            a.verdict().name(), a.attribution(),
            a.flow() == FlowVerdict.NONE ? "" : a.flow().name(), a.flowUid());
      }
    }
    return csv.toString();
  }

  /** The distinct thresholds of every seed's curve, descending. */
  private static double[] pooledThresholds(List<List<ThresholdPoint>> curves) {
    int n = 0;
    for (List<ThresholdPoint> c : curves) {
      n += c.size();
    }
    double[] all = new double[n];
    int i = 0;
    for (List<ThresholdPoint> c : curves) {
      for (ThresholdPoint p : c) {
        all[i++] = p.threshold();
      }
    }
    java.util.Arrays.sort(all);
    // Distinct, descending, into a second array: writing in place from the low end while
    // reading from the high end would overwrite values not read yet once the two meet.
    double[] out = new double[n];
    int k = 0;
    for (int j = all.length - 1; j >= 0; j--) {
      if (k == 0 || Double.compare(all[j], out[k - 1]) != 0) {
        out[k++] = all[j];
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  /** ttd.csv. */
  public static String ttd(RunOutcome run) {
    Csv csv = new Csv("seed", "detector", "host", "hostName", "infectedAt", "firstTrueAlertAt",
        "ttdSeconds", "detected");
    for (SeedScore s : run.scores()) {
      Map<Integer, String> names = names(s.truth());
      for (DetectorSeedScore d : s.detectors().values()) {
        for (HostTtd t : d.ttd()) {
          csv.row(s.seed(), d.detector(), Ipv4.format(t.host()), names.getOrDefault(t.host(), ""),
              Micros.iso(t.infectedAt()), t.detected() ? Micros.iso(t.firstTrueAlertAt()) : "",
              t.detected() ? Num.format(t.ttdMicros() / (double) Micros.SECOND) : "",
              t.detected());
        }
      }
    }
    return csv.toString();
  }

  /** stage-coverage.csv. */
  public static String stageCoverage(RunOutcome run) {
    Csv csv = new Csv("detector", "stage", "technique", "steps", "caught", "coverage", "ci95Low",
        "ci95High", "n");
    for (String d : run.summary().detectors().keySet()) {
      for (Stage stage : Stage.values()) {
        int steps = 0;
        int caught = 0;
        for (SeedScore s : run.scores()) {
          DetectorSeedScore ds = s.detectors().get(d);
          if (ds != null) {
            steps += ds.coverage().get(stage)[0];
            caught += ds.coverage().get(stage)[1];
          }
        }
        Summary c = run.summary().get(d, Metrics.coverage(stage));
        csv.row(d, stage.name(), stage.techniques().get(0), steps, caught, Num.format(c.mean()),
            Num.format(c.ci95Low()), Num.format(c.ci95High()), c.n());
      }
    }
    return csv.toString();
  }

  /** pr-curve.csv: counts summed over seeds at each threshold, then divided. */
  public static String prCurve(RunOutcome run) {
    Csv csv = new Csv("detector", "threshold", "alerts", "precision", "recall",
        "falseAlarmsPerDay");
    double days = run.scores().stream().mapToDouble(SeedScore::scoredDays).sum();
    for (String d : run.summary().detectors().keySet()) {
      // One O(n log n) curve per seed, then each pooled threshold is a binary search.
      List<List<ThresholdPoint>> curves = new ArrayList<>();
      List<Integer> infectedCounts = new ArrayList<>();
      for (SeedScore s : run.scores()) {
        DetectorSeedScore ds = s.detectors().get(d);
        if (ds == null) {
          continue;
        }
        var infectedHosts = new java.util.HashSet<Integer>();
        ds.ttd().forEach(h -> infectedHosts.add(h.host()));
        curves.add(ThresholdSweep.curve(ds.alerts(), infectedHosts));
        infectedCounts.add(infectedHosts.size());
      }
      for (double t : pooledThresholds(curves)) {
        int flagged = 0;
        int flaggedTrue = 0;
        int infected = 0;
        int detected = 0;
        int alerts = 0;
        int fp = 0;
        for (int i = 0; i < curves.size(); i++) {
          HostCounts c = ThresholdSweep.at(curves.get(i), t, infectedCounts.get(i));
          flagged += c.flagged();
          flaggedTrue += c.flaggedTrue();
          infected += c.infected();
          detected += c.detected();
          alerts += c.trueAlerts() + c.falseAlerts();
          fp += c.falseAlerts();
        }
        HostCounts pooled = new HostCounts(flagged, flaggedTrue, infected, detected, alerts - fp,
            fp);
        csv.row(d, Num.format(t), alerts, Num.format(pooled.precision()),
            Num.format(pooled.recall()), Num.format(days == 0 ? Double.NaN : fp / days));
      }
    }
    return csv.toString();
  }

  /** false-alarms.csv. */
  public static String falseAlarms(RunOutcome run) {
    Csv csv = new Csv("detector", "attribution", "alerts", "perDay");
    double days = run.scores().stream().mapToDouble(SeedScore::scoredDays).sum();
    for (String d : run.summary().detectors().keySet()) {
      Map<String, Integer> sum = new TreeMap<>();
      for (SeedScore s : run.scores()) {
        DetectorSeedScore ds = s.detectors().get(d);
        if (ds != null) {
          ds.falseAlarms().forEach((k, v) -> sum.merge(k, v, Integer::sum));
        }
      }
      sum.forEach((k, v) -> csv.row(d, k, v, Num.format(days == 0 ? Double.NaN : v / days)));
    }
    return csv.toString();
  }

  /** timeline.csv of the first seed. */
  public static String timeline(RunOutcome run) {
    Csv csv = new Csv("kind", "lane", "label", "start", "end", "startHours", "endHours",
        "verdict");
    if (run.scores().isEmpty()) {
      return csv.toString();
    }
    SeedScore s = run.scores().get(0);
    GroundTruth truth = s.truth();
    Map<Integer, String> names = names(truth);
    List<AttackStep> steps = new ArrayList<>(truth.steps());
    for (AttackStep st : steps) {
      csv.row("step", lane(names, st.source()), st.stage().name(), Micros.iso(st.start()),
          Micros.iso(st.end()), hours(truth, st.start()), hours(truth, st.end()), "");
    }
    for (ScoredAlert a : s.detectors().get(Metrics.ALL_DETECTORS).alerts()) {
      Alert al = a.alert();
      csv.row("alert", lane(names, al.host()), al.detector(), Micros.iso(al.ts()),
          Micros.iso(al.ts()), hours(truth, al.ts()), hours(truth, al.ts()), a.verdict().name());
    }
    return csv.toString();
  }

  private static String hours(GroundTruth truth, long ts) {
    return Num.format((ts - truth.start()) / (double) Micros.HOUR);
  }

  private static String lane(Map<Integer, String> names, int host) {
    return names.getOrDefault(host, Ipv4.format(host));
  }

  static Map<Integer, String> names(GroundTruth truth) {
    Map<Integer, String> out = new HashMap<>();
    for (HostInfo h : truth.hosts()) {
      out.put(h.address(), h.name());
    }
    return out;
  }

  /** The first seed's run, for the files that show one run. */
  static RunResult first(RunOutcome run) {
    return run.runs().get(0);
  }
}
