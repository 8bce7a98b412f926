package io.wormbench.detectors.anomaly;

import io.wormbench.detectors.AlertSink;
import io.wormbench.detectors.Detector;
import io.wormbench.detectors.param.Param;
import io.wormbench.detectors.param.ParamSet;
import io.wormbench.detectors.Evidence;
import io.wormbench.detectors.window.IntSet;
import io.wormbench.detectors.window.LongMap;
import io.wormbench.detectors.window.TumblingWindows;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An unsupervised detector that learns each internal device's normal, and its peer group's,
 * during the learning period and scores how far a window of the device's activity departs
 * from both: the "pattern of life" approach of Darktrace-style enterprise immune systems and
 * of peer-group analysis (Bolton and Hand, "Peer Group Analysis", 2001). Per device and window
 * it counts connections, distinct internal and external peers, never-seen peers, failed
 * logons, SMB writes, bytes out, distinct ports and outbound RDP; each feature is compared on
 * a log scale with robust z-scores (median and MAD, Rousseeuw and Croux 1993) against the
 * device and against its peer group (its /24 by default), and, where the device's level at
 * that time of day while learning stood out (its {@link DailyProfile}), against that level,
 * keeping the smallest, so behaviour normal for any of them is not flagged: a nightly backup
 * seen once while learning is expected at that hour the next night, not at noon. The L2 norm
 * of the positive z-scores is calibrated against the same statistic over the learning
 * windows: a window as extreme as the learning period's {@code tailQuantile} scores 0.5, twice
 * that 0.75, and so on. Evidence names the deviating features with their usual values.
 */
public final class SelfLearningAnomalyDetector implements Detector {
  /** Registered name. */
  public static final String NAME = "self-learning-anomaly";

  /** Parameters with their defaults. */
  public record Settings(long window, int groupPrefix, double minSpread, int minWindows,
      double tailQuantile, double minScore, double nameDeviation, boolean timeOfDay,
      long timeOfDaySlack, double timeOfDayLift, boolean coverageWeighting) {
    public static final Settings DEFAULTS = of(PARAMS.defaults());

    /** Binds and validates the parameters of one {@code detectors:} entry. */
    public static Settings from(SpecNode p) {
      return of(PARAMS.bind(p));
    }

    private static Settings of(ParamSet.Bound b) {
      return new Settings(b.get(WINDOW), b.get(GROUP_PREFIX), b.get(MIN_SPREAD),
          b.get(MIN_WINDOWS), b.get(TAIL_QUANTILE), b.get(MIN_SCORE), b.get(NAME_DEVIATION),
          b.get(TIME_OF_DAY), b.get(TIME_OF_DAY_SLACK), b.get(TIME_OF_DAY_LIFT),
          b.get(COVERAGE_WEIGHTING));
    }
  }

  static final Param<Long> WINDOW = Param.duration("window", Micros.HOUR,
      v -> v >= Micros.MINUTE, "must be >= 1m", "tumbling window per device");
  static final Param<Integer> GROUP_PREFIX = Param.integer("groupPrefix", 24,
      v -> v >= 8 && v <= 32, "must be between 8 and 32",
      "peer group = this prefix of the device address");
  static final Param<Double> MIN_SPREAD = Param.decimal("minSpread", 1.0, v -> v > 0,
      "must be > 0", "spread floor on the log2 scale (a doubling)");
  static final Param<Integer> MIN_WINDOWS = Param.integer("minWindows", 12, v -> v >= 1,
      "must be >= 1", "learned windows needed to trust a device's or group's own baseline");
  static final Param<Double> TAIL_QUANTILE = Param.decimal("tailQuantile", 0.999,
      v -> v > 0.5 && v < 1, "must be between 0.5 and 1 (exclusive)",
      "learning quantile of S that scores 0.5");
  static final Param<Double> MIN_SCORE = Param.decimal("minScore", 0.4, v -> v >= 0 && v <= 1,
      "must be between 0 and 1",
      "lower scores are not emitted (on synthetic traffic about 0.03% of benign device-hours score 0.5 or more, a few percent 0.4 or more)");
  static final Param<Double> NAME_DEVIATION = Param.decimal("nameDeviation", 2.0, v -> v > 0,
      "must be > 0", "features with z at least this are named in the evidence");
  static final Param<Boolean> TIME_OF_DAY = Param.flag("timeOfDay", true,
      "also compare with the device's learned level at this time of day (needs a `window` that divides a day)");
  static final Param<Long> TIME_OF_DAY_SLACK = Param.duration("timeOfDaySlack", Micros.HOUR,
      v -> v >= 0 && v < 12 * Micros.HOUR, "must be between 0s and 12h",
      "how far either side of its slot a learned level still counts (jitter of scheduled jobs)");
  static final Param<Double> TIME_OF_DAY_LIFT = Param.decimal("timeOfDayLift", 2.0,
      v -> v >= 0, "must be >= 0",
      "z a learned time-of-day level must reach above the usual to become an exception");
  static final Param<Boolean> COVERAGE_WEIGHTING = Param.flag("coverageWeighting", true,
      "in a time of day and kind of day the learning period did not see, divide the evidence by the learning coverage (needs a `window` that divides a day)");
  /** The parameters, declared once. */
  public static final ParamSet PARAMS = ParamSet.of(WINDOW, GROUP_PREFIX, MIN_SPREAD,
      MIN_WINDOWS, TAIL_QUANTILE, MIN_SCORE, NAME_DEVIATION, TIME_OF_DAY, TIME_OF_DAY_SLACK,
      TIME_OF_DAY_LIFT, COVERAGE_WEIGHTING);

  static final int MAX_SAMPLES = 1 << 16;
  static final int MAX_KNOWN_PEERS = 4096;
  /**
   * The calibration scale never drops below this, so a too-quiet learning period stays sane:
   * Iglewicz and Hoaglin's cut-off for outliers by modified (median/MAD) z-score.
   */
  static final double MIN_SCALE = 3.5;

  private final Settings settings;
  private final TumblingWindows<WindowCounts> windows;
  private final Map<Integer, Baseline> devices = new HashMap<>();
  private final Map<Integer, Baseline> groups = new HashMap<>();
  private final Baseline global = new Baseline();
  /** Time-of-day memory per device; empty when off or when windows do not tile a day. */
  private final Map<Integer, DailyProfile> daily = new HashMap<>();
  private final int slots;
  /** What learning saw of the week; null when off or when windows do not tile a day. */
  private final LearningCoverage coverage;
  private final LongMap<IntSet> knownPeers = new LongMap<>();
  private final CalibrationSample samples = new CalibrationSample(MAX_SAMPLES);
  private boolean learning = true;
  private double scale = MIN_SCALE;
  private AlertSink sink = a -> {};

  /** Binds parameters from a {@code detectors:} entry. */
  public SelfLearningAnomalyDetector(SpecNode params) {
    this(Settings.from(params));
  }

  /** A detector with explicit settings. */
  public SelfLearningAnomalyDetector(Settings settings) {
    this.settings = settings;
    this.windows = new TumblingWindows<>(settings.window(), WindowCounts::new, this::close);
    this.slots = settings.timeOfDay() ? DailyProfile.slotsPerDay(settings.window()) : 0;
    int perDay = DailyProfile.slotsPerDay(settings.window());
    this.coverage = settings.coverageWeighting() && perDay > 0
        ? new LearningCoverage(settings.window(), perDay) : null;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void observe(Event event, AlertSink alerts) {
    sink = alerts;
    int src = event.id().origH();
    if (!Ipv4.isPrivate(src)) {
      return;
    }
    if (event instanceof Connection c) {
      if (c.update()) {
        return; // counted at its interim record
      }
      connection(c, src);
    } else if (event instanceof NtlmAuth a && !a.success()) {
      windows.at(a.ts(), src).counts[Feature.FAILED_LOGONS.ordinal()]++;
    } else if (event instanceof SmbFileAccess f && f.action() == SmbFileAccess.Action.WRITE) {
      windows.at(f.ts(), src).counts[Feature.SMB_WRITES.ordinal()]++;
    }
  }

  private void connection(Connection c, int src) {
    WindowCounts w = windows.at(c.ts(), src);
    int dst = c.id().respH();
    w.counts[Feature.CONNECTIONS.ordinal()]++;
    w.counts[Feature.BYTES_OUT.ordinal()] += c.origBytes();
    boolean firstInWindow = Ipv4.isPrivate(dst) ? w.internalPeers.add(dst)
        : w.externalPeers.add(dst);
    w.ports.add(c.id().respP());
    if (c.id().respP() == 3389 || c.service().equals("rdp")) {
      w.counts[Feature.RDP_OUT.ordinal()]++;
    }
    if (!firstInWindow) {
      return; // judged new or known at its first connection in this window
    }
    if (w.known == null) {
      w.known = knownPeers.computeIfAbsent(src, k -> new IntSet());
    }
    IntSet known = w.known;
    // Past the cap a peer not remembered counts as new, once per window like any other.
    boolean fresh = known.size() < MAX_KNOWN_PEERS ? known.add(dst) : !known.contains(dst);
    if (fresh) {
      w.counts[Feature.NEW_PEERS.ordinal()]++;
    }
  }

  @Override
  public void advance(long now, AlertSink alerts) {
    sink = alerts;
    windows.advance(now);
  }

  @Override
  public void endLearning(long ts) {
    learning = false;
    double minSpread = settings.minSpread();
    global.freeze(minSpread);
    devices.values().forEach(b -> b.freeze(minSpread));
    groups.values().forEach(b -> b.freeze(minSpread));
    int slack = (int) Math.ceil((double) settings.timeOfDaySlack() / settings.window());
    daily.values().forEach(p -> p.freeze(slack));
    if (coverage != null) {
      coverage.freeze(1); // a quiet hour learned is knowledge too: the sensor saw it
    }
    // Calibrated without the time-of-day memory: a learning window always matches itself there.
    double[] stats = new double[samples.size()];
    for (int i = 0; i < stats.length; i++) {
      stats[i] = statistic(samples.device(i), samples.vector(i), -1, null);
    }
    Arrays.sort(stats);
    double q = stats.length == 0 ? 0 : stats[(int) Math.min(stats.length - 1,
        Math.floor(settings.tailQuantile() * stats.length))];
    scale = Math.max(MIN_SCALE, q);
  }

  /** The calibration scale: the learning period's tail quantile of the statistic. */
  double scale() {
    return scale;
  }

  private int group(int device) {
    int prefix = settings.groupPrefix();
    return prefix == 32 ? device : device & (-1 << (32 - prefix));
  }

  private void close(long start, long key, WindowCounts counts) {
    int device = (int) key;
    double[] raw = counts.raw();
    double[] v = new double[raw.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = LogHistogram.scale(raw[i]);
    }
    if (learning) {
      devices.computeIfAbsent(device, d -> new Baseline()).learn(v);
      groups.computeIfAbsent(group(device), g -> new Baseline()).learn(v);
      global.learn(v);
      samples.offer(device, v);
      if (coverage != null) {
        coverage.learn(start);
      }
      if (slots > 0) {
        daily.computeIfAbsent(device, d -> new DailyProfile(slots))
            .learn(DailyProfile.slot(start, settings.window()), v);
      }
      return;
    }
    if (global.windows() < settings.minWindows()) {
      return; // insufficient baseline: no learning period, or too short to judge anything
    }
    // An unseen time and kind of day is judged against the overall level, with the evidence
    // discounted by how much of the week learning covered; nothing covered: insufficient.
    double weight = coverage == null ? 1.0 : coverage.weight(start);
    if (weight == 0) {
      return;
    }
    double[] z = new double[v.length];
    int slot = slots > 0 ? DailyProfile.slot(start, settings.window()) : -1;
    double s = statistic(device, v, slot, z);
    double score = Evidence.score(1 - Math.pow(0.5, weight * s / scale));
    if (score < settings.minScore()) {
      return;
    }
    String ev = evidence(device, raw, z, s);
    if (weight < 1) {
      ev += "; this " + (coverage.weekly() ? "day and hour" : "time and kind of day")
          + " unseen while learning (" + Math.round(coverage.coverage() * coverage.cells())
          + " of " + coverage.cells() + " covered), evidence weighted "
          + Evidence.decimal(weight);
    }
    sink.emit(new Alert(NAME, start + settings.window(), device, Ipv4.NONE, score,
        Feature.ALL[argMax(z)].technique, ev));
  }

  /** The learning coverage of the week (1 when not tracked), for tests and evidence. */
  double coverage() {
    return coverage == null ? 1.0 : coverage.coverage();
  }

  /**
   * The L2 norm of positive robust z-scores, each the smallest of the device's, its group's
   * and, when {@code slot >= 0}, the device's level at this time of day (in the device's spread
   * when it is trusted, else the group's) if that level stood at least {@code timeOfDayLift}
   * above the usual.
   */
  private double statistic(int device, double[] v, int slot, double[] zOut) {
    Baseline d = devices.get(device);
    Baseline g = groups.get(group(device));
    Baseline peer = g != null && g.windows() >= settings.minWindows() ? g : global;
    boolean own = d != null && d.windows() >= settings.minWindows();
    DailyProfile day = slot >= 0 ? daily.get(device) : null;
    double sum = 0;
    for (int i = 0; i < v.length; i++) {
      double z = peer.z(i, v[i]);
      if (own) {
        z = Math.min(z, d.z(i, v[i]));
      }
      if (day != null) {
        double level = day.level(slot, i);
        Baseline usual = own ? d : peer;
        // Only a learned level that stood out (a scheduled job) is an exception; an ordinary
        // hour's level is the device's noise, already in its spread.
        if (!Double.isNaN(level) && usual.z(i, level) >= settings.timeOfDayLift()) {
          z = Math.min(z, usual.zAbove(i, v[i], level));
        }
      }
      if (zOut != null) {
        zOut[i] = z;
      }
      sum += z * z;
    }
    return Math.sqrt(sum);
  }

  private String evidence(int device, double[] raw, double[] z, double s) {
    Baseline d = devices.get(device);
    Baseline g = groups.get(group(device));
    Baseline usual = d != null && d.windows() >= settings.minWindows() ? d
        : g != null && g.windows() >= settings.minWindows() ? g : global;
    Integer[] order = new Integer[z.length];
    for (int i = 0; i < z.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(z[b], z[a]));
    StringBuilder ev = new StringBuilder();
    int named = 0;
    for (int i : order) {
      if (z[i] < settings.nameDeviation() || named == 3) {
        break;
      }
      ev.append(named++ == 0 ? "" : "; ").append(Feature.ALL[i].label).append(' ')
          .append((long) raw[i]).append(" (usually ").append(Math.round(usual.usual(i)))
          .append(", z ").append(Evidence.decimal(z[i])).append(')');
    }
    if (named == 0) {
      ev.append("several features mildly above normal");
    }
    ev.append(" in ").append(Evidence.duration(settings.window())).append("; anomaly ")
        .append(Evidence.decimal(s)).append(" vs learned tail ").append(Evidence.decimal(scale));
    if (d == null) {
      ev.append("; device new, compared with its peer group");
    } else if (d.windows() < settings.minWindows()) {
      ev.append("; device active in only ").append(d.windows())
          .append(d.windows() == 1 ? " learning window" : " learning windows")
          .append(", compared with its peer group");
    }
    return ev.toString();
  }

  private static int argMax(double[] z) {
    int best = 0;
    for (int i = 1; i < z.length; i++) {
      if (z[i] > z[best]) {
        best = i;
      }
    }
    return best;
  }
}
