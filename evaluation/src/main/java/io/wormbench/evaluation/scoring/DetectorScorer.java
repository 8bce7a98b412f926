package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.HostTimeline;
import io.wormbench.traffic.truth.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes every metric of SCORING.md for one detector's scored alerts on one seed. This and
 * {@link AlertMatcher} are the only places scoring rules are written down in code.
 */
public final class DetectorScorer {
  private final GroundTruth truth;
  private final ScoringSettings settings;
  private final AlertMatcher matcher;
  private final FlowMatcher flows;
  private final List<HostTimeline> infected;
  private final Set<Integer> infectedHosts;

  /** A scorer over one seed's truth, resolving flow keys by uid only. */
  public DetectorScorer(GroundTruth truth, ScoringSettings settings) {
    this(truth, settings, new FlowMatcher(truth, settings.matchingWindow()));
  }

  /** A scorer over one seed's truth with a flow matcher (labels for Community IDs). */
  public DetectorScorer(GroundTruth truth, ScoringSettings settings, FlowMatcher flows) {
    this.truth = truth;
    this.settings = settings;
    this.matcher = new AlertMatcher(truth, settings);
    this.flows = flows;
    List<HostTimeline> inf = new ArrayList<>();
    Set<Integer> hosts = new TreeSet<>();
    for (HostTimeline t : truth.timelines()) {
      if (t.infected() && hosts.add(t.host())) {
        inf.add(t);
      }
    }
    inf.sort((a, b) -> a.infectedAt() != b.infectedAt()
        ? Long.compare(a.infectedAt(), b.infectedAt()) : Integer.compare(a.host(), b.host()));
    this.infected = List.copyOf(inf);
    this.infectedHosts = Set.copyOf(hosts);
  }

  /** The matcher, for verdicts on single alerts. */
  public AlertMatcher matcher() {
    return matcher;
  }

  /** Infected hosts in order of infection. */
  public List<HostTimeline> infected() {
    return infected;
  }

  /** Addresses of infected hosts. */
  public Set<Integer> infectedHosts() {
    return infectedHosts;
  }

  /** Days of scored time: from the learning end (or truth start) to truth end. */
  public double scoredDays() {
    long from = Math.max(truth.start(), settings.learningEnd());
    return Math.max(0, truth.end() - from) / (double) Micros.DAY;
  }

  /** Scores {@code alerts} (one detector's, or all pooled) under the name {@code detector}. */
  public DetectorSeedScore score(String detector, List<Alert> alerts) {
    return score(detector, alerts, AlertFlows.NONE);
  }

  /** Scores {@code alerts}, with the flow each names, under the name {@code detector}. */
  public DetectorSeedScore score(String detector, List<Alert> alerts, AlertFlows keys) {
    List<ScoredAlert> all = new ArrayList<>(alerts.size());
    boolean anyKey = false;
    for (Alert a : alerts) {
      ScoredAlert s = matcher.score(a);
      var key = keys.of(a);
      if (s.scored() && flows.resolvable(key)) {
        anyKey = true;
        String uid = flows.attackUid(key, a.ts());
        s = s.withFlow(uid.isEmpty() ? FlowVerdict.FP : FlowVerdict.TP, uid);
      }
      all.add(s);
    }
    // Headline metrics are at the operating point; the sweep below sees every alert.
    List<ScoredAlert> scored = all.stream()
        .filter(a -> a.alert().score() >= settings.alertThreshold()).toList();
    MetricValues m = new MetricValues();
    HostCounts hc = HostCounts.of(scored, infectedHosts, 0);
    List<HostTtd> ttd = timeToDetect(scored);
    double[] detectedTtd = ttd.stream().filter(HostTtd::detected)
        .mapToDouble(t -> t.ttdMicros() / (double) Micros.SECOND).sorted().toArray();
    double days = scoredDays();
    int hostsCount = truth.hosts().size();

    m.put(Metric.HOST_RECALL, hc.recall());
    m.put(Metric.HOST_PRECISION, hc.precision());
    m.put(Metric.HOST_F1, hc.f1());
    m.put(Metric.ALERT_PRECISION, hc.alertPrecision());
    m.put(Metric.MEDIAN_TTD, median(detectedTtd));
    m.put(Metric.RUN_TTD, runTtdSeconds(scored));
    m.put(Metric.FALSE_ALARMS_PER_1000_HOST_DAYS, days == 0 || hostsCount == 0 ? Double.NaN
        : hc.falseAlerts() * 1000.0 / (hostsCount * days));
    m.put(Metric.FALSE_ALARMS_PER_DAY, days == 0 ? Double.NaN : hc.falseAlerts() / days);
    FlowCounts fc = FlowCounts.of(scored, anyKey, flows.attackFlows(), infectedHosts);
    m.put(Metric.FLOW_PRECISION, fc.precision());
    m.put(Metric.FLOW_RECALL, fc.recall());

    m.put(Metric.ALERTS, (double) all.size());
    m.put(Metric.ALERTS_AT_THRESHOLD, (double) scored.size());
    m.put(Metric.TRUE_ALERTS, (double) hc.trueAlerts());
    m.put(Metric.FALSE_ALERTS, (double) hc.falseAlerts());
    m.put(Metric.LEARNING_ALERTS, (double) all.stream().filter(a -> !a.scored()).count());
    m.put(Metric.HOSTS_INFECTED, (double) infected.size());
    m.put(Metric.HOSTS_DETECTED, (double) detectedTtd.length);
    m.put(Metric.HOSTS_UNDETECTED, (double) (infected.size() - detectedTtd.length));
    m.put(Metric.MEAN_TTD, detectedTtd.length == 0 ? Double.NaN
        : Arrays.stream(detectedTtd).average().orElseThrow());
    m.put(Metric.PR_AUC, ThresholdSweep.averagePrecision(ThresholdSweep.curve(all, infectedHosts),
        infected.size()));
    m.put(Metric.NAB_STANDARD, NabScore.normalised(scored, infected, settings.nabWindow()));
    m.put(Metric.FLOW_ALERTS, (double) fc.keyed());
    m.put(Metric.FLOW_TRUE_ALERTS, (double) fc.trueAlerts());
    m.put(Metric.FLOW_HOST_RECALL, fc.hostRecall());
    Map<Stage, int[]> coverage = coverage(scored);
    for (Stage s : Stage.values()) {
      int[] c = coverage.get(s);
      m.put(Metric.coverage(s), c[0] == 0 ? Double.NaN : (double) c[1] / c[0]);
    }
    return new DetectorSeedScore(detector, m.byName(), ttd, coverage, falseAlarms(scored), all);
  }

  private List<HostTtd> timeToDetect(List<ScoredAlert> scored) {
    Map<Integer, Long> firstTrue = new java.util.HashMap<>();
    for (ScoredAlert a : scored) {
      if (a.isTrue()) {
        firstTrue.merge(a.alert().host(), a.alert().ts(), Math::min);
      }
    }
    List<HostTtd> out = new ArrayList<>();
    for (HostTimeline t : infected) {
      out.add(new HostTtd(t.host(), t.infectedAt(),
          firstTrue.getOrDefault(t.host(), HostTimeline.NEVER)));
    }
    return out;
  }

  /** Earliest attack step start, else earliest infection; NEVER when the run has no attack. */
  public long attackStart() {
    long start = HostTimeline.NEVER;
    for (AttackStep s : truth.steps()) {
      start = Math.min(start, s.start());
    }
    if (start == HostTimeline.NEVER) {
      for (HostTimeline t : infected) {
        start = Math.min(start, t.infectedAt());
      }
    }
    return start;
  }

  private double runTtdSeconds(List<ScoredAlert> scored) {
    long start = attackStart();
    long first = HostTimeline.NEVER;
    for (ScoredAlert a : scored) {
      if (a.isTrue()) {
        first = Math.min(first, a.alert().ts());
      }
    }
    if (start == HostTimeline.NEVER || first == HostTimeline.NEVER) {
      return Double.NaN;
    }
    return Math.max(0, first - start) / (double) Micros.SECOND;
  }

  private Map<Stage, int[]> coverage(List<ScoredAlert> scored) {
    Map<Stage, int[]> out = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      out.put(s, new int[2]);
    }
    // Alert times per (host, stage), sorted, so each step is a binary search, not a scan.
    Map<Long, long[]> times = new java.util.HashMap<>();
    Map<Long, Integer> sizes = new java.util.HashMap<>();
    Map<String, Optional<Stage>> stageOf = new java.util.HashMap<>();
    for (ScoredAlert a : scored) {
      Optional<Stage> st = stageOf.computeIfAbsent(a.alert().technique(), Stage::ofTechnique);
      if (a.scored() && st.isPresent()) {
        long k = key(a.alert().host(), st.get());
        int n = sizes.getOrDefault(k, 0);
        long[] arr = times.computeIfAbsent(k, x -> new long[4]);
        if (n == arr.length) {
          arr = java.util.Arrays.copyOf(arr, n * 2);
          times.put(k, arr);
        }
        arr[n] = a.alert().ts();
        sizes.put(k, n + 1);
      }
    }
    for (Map.Entry<Long, long[]> e : times.entrySet()) {
      java.util.Arrays.sort(e.getValue(), 0, sizes.get(e.getKey()));
    }
    for (AttackStep step : truth.steps()) {
      int[] c = out.get(step.stage());
      c[0]++;
      if (caught(step, step.source(), times, sizes) || caught(step, step.target(), times, sizes)) {
        c[1]++;
      }
    }
    return out;
  }

  private static long key(int host, Stage stage) {
    return (long) host << 8 | stage.ordinal();
  }

  /** True when an alert of the step's stage on {@code host} falls in the step's window. */
  private boolean caught(AttackStep step, int host, Map<Long, long[]> times,
      Map<Long, Integer> sizes) {
    long k = key(host, step.stage());
    long[] ts = times.get(k);
    if (ts == null) {
      return false;
    }
    int i = java.util.Arrays.binarySearch(ts, 0, sizes.get(k), step.start());
    int at = i >= 0 ? i : -i - 1;
    while (at > 0 && ts[at - 1] == step.start()) {
      at--;
    }
    return at < sizes.get(k) && matcher.covers(step.start(), step.end(), ts[at]);
  }

  private static Map<String, Integer> falseAlarms(List<ScoredAlert> scored) {
    Map<String, Integer> out = new TreeMap<>();
    for (ScoredAlert a : scored) {
      if (a.verdict() == Verdict.FP) {
        out.merge(a.attribution(), 1, Integer::sum);
      }
    }
    return out;
  }

  /** Median of sorted values; NaN when empty. */
  public static double median(double[] sorted) {
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
