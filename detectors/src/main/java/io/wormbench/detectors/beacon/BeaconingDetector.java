package io.wormbench.detectors.beacon;

import io.wormbench.detectors.AlertSink;
import io.wormbench.detectors.Detector;
import io.wormbench.detectors.param.Param;
import io.wormbench.detectors.param.ParamSet;
import io.wormbench.detectors.Evidence;
import io.wormbench.detectors.baseline.EndpointRarity;
import io.wormbench.detectors.DetectionContext;
import io.wormbench.detectors.window.LongMap;
import io.wormbench.detectors.window.TumblingWindows;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.Technique;
import java.util.Arrays;

/**
 * Command-and-control beaconing from an internal host to an external address, scored as
 * RITA does (Active Countermeasures, activecm/rita {@code pkg/beacon}): per source-destination
 * pair and observation window, interval regularity (Bowley skewness and median absolute
 * deviation of the gaps between connections, and the connection count), size regularity
 * (Bowley skewness, MADM and smallness of the bytes sent), and duration (the share of the
 * window the series spans). Following RITA's later versions and Darktrace's "rare
 * destination" weighting, the regularity score is scaled by the rarity of the destination in
 * the organisation, so IoT telemetry to a cloud endpoint every device uses stays below the
 * default threshold. One deliberate departure from RITA: the average is scaled by
 * {@code 0.5 + 0.5 x} the interval-MADM score, because random gaps are symmetric too and would
 * otherwise earn a perfect skew score. Scored when each window closes; the alert time is the window's end.
 */
public final class BeaconingDetector implements Detector {
  /** Registered name. */
  public static final String NAME = "beaconing";

  /** Parameters with their defaults. */
  public record Settings(long window, int minConnections, int fullCount, int popularDevices,
      double minScore, boolean learnedRarity) {
    public static final Settings DEFAULTS = of(PARAMS.defaults());

    /** Binds and validates the parameters of one {@code detectors:} entry. */
    public static Settings from(SpecNode p) {
      return of(PARAMS.bind(p));
    }

    private static Settings of(ParamSet.Bound b) {
      return new Settings(b.get(WINDOW), b.get(MIN_CONNECTIONS), b.get(FULL_COUNT),
          b.get(POPULAR_DEVICES), b.get(MIN_SCORE), b.get(LEARNED_RARITY));
    }
  }

  static final Param<Long> WINDOW = Param.duration("window", 6 * Micros.HOUR,
      v -> v >= Micros.MINUTE, "must be >= 1m",
      "observation window (scored when it closes, alert time = window end)");
  static final Param<Integer> MIN_CONNECTIONS = Param.integer("minConnections", 12,
      v -> v >= 4, "must be >= 4", "fewer connections in a window are not scored");
  static final Param<Integer> FULL_COUNT = Param.integer("fullCount", 36, v -> v >= 4,
      "must be >= 4", "connections for full count credit");
  static final Param<Integer> POPULAR_DEVICES = Param.integer("popularDevices", 10,
      v -> v >= 2 && v < EndpointRarity.CAP, "must be between 2 and " + (EndpointRarity.CAP - 1),
      "devices at which a destination counts as fully popular");
  static final Param<Double> MIN_SCORE = Param.decimal("minScore", 0.3, v -> v >= 0 && v <= 1,
      "must be between 0 and 1", "lower scores are not emitted");
  static final Param<Boolean> LEARNED_RARITY = Param.flag("learnedRarity", true,
      "count a destination's devices as at the end of learning, not over the run (without a learning period: over the run)");
  /** The parameters, declared once. */
  public static final ParamSet PARAMS = ParamSet.of(WINDOW, MIN_CONNECTIONS, FULL_COUNT,
      POPULAR_DEVICES, MIN_SCORE, LEARNED_RARITY);

  /** Samples kept per pair and window; the count keeps going beyond it. */
  static final int MAX_SAMPLES = 1024;

  /** One pair's connections in the open window. */
  static final class Series {
    long[] ts = new long[2];
    long[] bytes = new long[2];
    int n;
    int count;

    void add(long t, long b) {
      count++;
      if (n == MAX_SAMPLES) {
        return;
      }
      if (n == ts.length) {
        ts = Arrays.copyOf(ts, n * 2);
        bytes = Arrays.copyOf(bytes, n * 2);
      }
      ts[n] = t;
      bytes[n] = b;
      n++;
    }
  }

  private final Settings settings;
  private EndpointRarity rarity;
  private final TumblingWindows<Series> windows;
  /** Devices per destination at the end of learning, when rarity is judged against it. */
  private LongMap<Integer> learned;
  private AlertSink sink = a -> {};

  /** Binds parameters from a {@code detectors:} entry. */
  public BeaconingDetector(SpecNode params) {
    this(Settings.from(params));
  }

  /** A detector with explicit settings. */
  public BeaconingDetector(Settings settings) {
    this.settings = settings;
    this.windows = new TumblingWindows<>(settings.window(), Series::new, this::close);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void attach(DetectionContext context) {
    rarity = context.endpointRarity();
  }

  @Override
  public void observe(Event event, AlertSink alerts) {
    if (!(event instanceof Connection c) || c.update()) {
      return; // an update's connection was counted at its interim record
    }
    int src = c.id().origH();
    int dst = c.id().respH();
    if (!Ipv4.isPrivate(src) || Ipv4.isPrivate(dst) || dst == Ipv4.NONE) {
      return;
    }
    sink = alerts;
    windows.at(c.ts(), ((long) src << 32) | (dst & 0xffffffffL)).add(c.ts(), c.origBytes());
  }

  @Override
  public void endLearning(long ts) {
    if (settings.learnedRarity()) {
      LongMap<Integer> counts = rarity.addressCounts();
      // Nothing learned (no learning period): rarity can only be judged over the run.
      learned = counts.size() == 0 ? null : counts;
    }
  }

  /**
   * Devices that use {@code dst}: as counted at the end of learning (0 if unseen then), or
   * over the run so far. Counting over the run lets a worm's own victims make their shared C2
   * server "popular" as the worm spreads; the learned count does not.
   */
  private int devices(int dst) {
    if (learned == null) {
      return rarity.devices(dst);
    }
    Integer n = learned.get(dst); // keyed as EndpointRarity counts it

    return n == null ? 0 : n;
  }

  @Override
  public void advance(long now, AlertSink alerts) {
    sink = alerts;
    windows.advance(now);
  }

  /** Scores the last, partial window; its duration score counts against the full width. */
  @Override
  public void finish(long end, AlertSink alerts) {
    sink = alerts;
    windows.advance(end);
    windows.flush();
  }

  private void close(long start, long pair, Series s) {
    if (s.n < settings.minConnections()) {
      return;
    }
    long[] gaps = new long[s.n - 1];
    for (int i = 1; i < s.n; i++) {
      gaps[i - 1] = s.ts[i] - s.ts[i - 1];
    }
    RobustStats g = new RobustStats(gaps, gaps.length);
    RobustStats b = new RobustStats(s.bytes, s.n);
    double tsSkew = 1 - Math.abs(g.bowleySkew());
    double tsMadm = Math.max(0, 1 - g.madm / (30.0 * Micros.SECOND));
    double tsCount = Math.min(1.0, s.count / (double) settings.fullCount());
    double interval = (tsSkew + tsMadm + tsCount) / 3;
    double dsSkew = 1 - Math.abs(b.bowleySkew());
    double dsMadm = Math.max(0, 1 - b.madm / 32.0);
    double dsSmall = Math.max(0, 1 - b.median / 65535.0);
    double size = (dsSkew + dsMadm + dsSmall) / 3;
    double duration = Math.min(1.0, (s.ts[s.n - 1] - s.ts[0]) / (double) settings.window());
    int dst = (int) pair;
    int devices = devices(dst);
    double rare = Math.max(0, 1 - (devices - 1) / (double) (settings.popularDevices() - 1));
    // Symmetric random gaps (human browsing) also have a Bowley skew near 0, so unlike RITA the
    // mean is gated by the interval dispersion: a wide MADM halves the score.
    double regularity = (interval + size + duration) / 3 * (0.5 + 0.5 * tsMadm);
    double score = Evidence.score(regularity * (0.4 + 0.6 * rare));
    if (score < settings.minScore()) {
      return;
    }
    int src = (int) (pair >>> 32);
    long end = start + settings.window();
    sink.emit(new Alert(NAME, end, src, dst, score, Technique.APPLICATION_LAYER_PROTOCOL.id(),
        s.count + " connections to " + Evidence.ip(dst) + " in " + Evidence.duration(settings.window())
            + ", every " + Evidence.duration((long) g.median) + " (MADM "
            + Evidence.duration((long) g.madm) + ", skew " + Evidence.decimal(g.bowleySkew())
            + "), median " + (long) b.median + " bytes out; interval "
            + Evidence.decimal(interval) + ", size " + Evidence.decimal(size) + ", duration "
            + Evidence.decimal(duration) + "; destination used by "
            + Evidence.plural(devices, "internal device")
            + (learned == null ? "" : " while learning")));
  }
}
